import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PrivacyOverride } from '@/schemas/privacy';
import type { CheckOutcome } from '@/lib/checks/outcome';
import { listEvidenceReferences } from '@/lib/content/evidence-refs';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import type { ValidatedContent } from '@/lib/validate/validate-content';
import { readDocumentText, TEXT_DOCUMENT } from './document-text';
import { readPdfFile } from './read-pdf-file';
import { scanTextForPersonalData, type PersonalDataFinding, type PrivacyAllowance } from './scan-text';

/**
 * The privacy guard: a national ID number in any published content file or in
 * the text of any PDF under content/evidence/ stops the build; phone numbers
 * and e-mail addresses other than the organisation's public contacts are
 * warned about. Only an entry's `privacyOverride` (exact values, a reason and
 * who approved) lets a value through.
 */
export async function checkPrivacy(root: string, content: ValidatedContent): Promise<CheckOutcome> {
  const publicContacts = content.organisation
    ? [...content.organisation.data.phone, ...content.organisation.data.email]
    : [];
  const problems: Problem[] = [];
  let files = 0;
  const entries: { file: string; draft?: boolean; privacyOverride?: PrivacyOverride | undefined }[] = [
    ...[...content.measures, ...content.announcements, ...(content.oitItems ?? [])].map(({ raw, data }) => ({
      file: raw.file,
      draft: data.draft,
      privacyOverride: data.privacyOverride,
    })),
    ...[...content.reports, ...content.assessments].map(({ raw, data }) => ({ file: raw.file, draft: data.draft })),
    ...content.frameworks.map(({ raw }) => ({ file: raw.file })),
    ...(content.organisation ? [{ file: content.organisation.raw.file }] : []),
  ];
  for (const entry of entries) {
    if (entry.draft) continue;
    files++;
    const text = readFileSync(join(root, entry.file), 'utf8');
    const findings = scanTextForPersonalData(text, allowanceOf(publicContacts, entry.privacyOverride));
    problems.push(...findings.map((f) => toProblem(entry.file, `บรรทัด ${f.line} / line ${f.line}`, f)));
  }
  const overrides = new Map<string, { source: string; override?: PrivacyOverride | undefined }>();
  for (const ref of listEvidenceReferences(content))
    if (!overrides.has(ref.file)) overrides.set(ref.file, { source: ref.source, override: ref.privacyOverride });
  const evidenceDir = join(root, 'content', 'evidence');
  let pdfs = 0;
  const scans: string[] = [];
  for (const path of listDocuments(evidenceDir, /\.pdf$/i)) {
    const rel = relative(evidenceDir, path).split('\\').join('/');
    const result = await readPdfFile(path, join(root, 'node_modules', '.cache', 'ita-checks'));
    if (!result.ok) continue; // An unreadable PDF is reported by the evidence-file check.
    pdfs++;
    if (!/[0-9A-Za-z\u0e01-\u0e59]/.test(result.text)) scans.push(`content/evidence/${rel}`);
    const owner = overrides.get(rel);
    const findings = scanTextForPersonalData(result.text, allowanceOf(publicContacts, owner?.override));
    problems.push(
      ...findings.map((f) =>
        toProblem(
          `content/evidence/${rel}`,
          owner
            ? `ข้อความใน PDF (แนบโดย ${owner.source}) / text of the PDF (attached by ${owner.source})`
            : 'ข้อความใน PDF / text of the PDF',
          f,
        ),
      ),
    );
  }
  for (const path of listDocuments(evidenceDir, TEXT_DOCUMENT)) {
    const rel = relative(evidenceDir, path).split('\\').join('/');
    const text = readDocumentText(path);
    if (text === undefined) continue; // A damaged archive is reported by the evidence-file check.
    const owner = overrides.get(rel);
    const kind = rel.slice(rel.lastIndexOf('.'));
    const findings = scanTextForPersonalData(text, allowanceOf(publicContacts, owner?.override));
    problems.push(
      ...findings.map((f) =>
        toProblem(
          `content/evidence/${rel}`,
          owner
            ? `ข้อความในไฟล์ ${kind} (แนบโดย ${owner.source}) / text of the ${kind} file (attached by ${owner.source})`
            : `ข้อความในไฟล์ ${kind} / text of the ${kind} file`,
          f,
        ),
      ),
    );
  }
  problems.push(...findSymlinks(root));
  // A scanned page is a picture: without OCR the guard cannot read an ID number on it, so say which files those are.
  const notes = scans.length
    ? [
        `PDF ${scans.length} ไฟล์เป็นภาพสแกนที่ไม่มีข้อความ ระบบตรวจเลขประจำตัวประชาชนในไฟล์เหล่านี้ไม่ได้ ให้ตรวจด้วยตา: ${scans.join(', ')} / ${scans.length} PDF(s) are scans without a text layer, so the ID check cannot read them; check them by eye: ${scans.join(', ')}`,
      ]
    : [];
  return { name: 'privacy', problems, stats: { contentFiles: files, pdfs, pdfsWithoutText: scans.length }, notes };
}

function allowanceOf(publicContacts: string[], override: PrivacyOverride | undefined): PrivacyAllowance {
  return { publicContacts, allowed: override?.allow ?? [] };
}

function toProblem(file: string, where: string, finding: PersonalDataFinding): Problem {
  const masked = mask(finding.text);
  const override =
    'หากต้องเผยแพร่จริงตามกฎหมาย ให้เพิ่ม privacyOverride (allow, reason, approvedBy) ในส่วนหัวของเรื่อง / if the law requires publishing it, add a privacyOverride (allow, reason, approvedBy) to the entry front matter';
  const [overrideTh, overrideEn] = override.split(' / ');
  if (finding.kind === 'national-id') {
    return problem('error', file, where, {
      th: `พบเลขประจำตัวประชาชน ${masked} ห้ามเผยแพร่ ให้ลบหรือปิดบังเลขนี้ (ในไฟล์ PDF ให้ปิดทับแล้วสแกนใหม่) ${overrideTh}`,
      en: `found a Thai national ID number ${masked}, which must not be published: remove or black it out (in a PDF, cover it and scan again); ${overrideEn}`,
    });
  }
  const th = finding.kind === 'phone' ? 'เบอร์โทรศัพท์' : 'อีเมล';
  const en = finding.kind === 'phone' ? 'phone number' : 'e-mail address';
  return problem('warning', file, where, {
    th: `พบ${th} ${finding.text} ที่ไม่ใช่ช่องทางติดต่อสาธารณะของหน่วยงาน (content/organisation.yaml) อาจเป็นข้อมูลส่วนบุคคล ${overrideTh}`,
    en: `found a ${en} ${finding.text} that is not one of the organisation's public contacts (content/organisation.yaml); it may be personal data: ${overrideEn}`,
  });
}

/** Shows only the last four digits, so the report itself does not spread the number. */
function mask(text: string): string {
  let seen = 0;
  const total = text.replace(/[^0-9\u0e50-\u0e59]/g, '').length;
  return text.replace(/[0-9\u0e50-\u0e59]/g, (d) => (++seen > total - 4 ? d : 'x'));
}

/** Regular files only: a symbolic link is never followed (it could point at /etc/passwd); findSymlinks reports it. */
function listDocuments(dir: string, kind: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && kind.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Every symbolic link anywhere under content/: publishing one would copy whatever it points at. */
export function findSymlinks(root: string): Problem[] {
  const dir = join(root, 'content');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isSymbolicLink() || lstatSync(join(d.parentPath, d.name)).isSymbolicLink())
    .map((d) => `content/${relative(dir, join(d.parentPath, d.name)).split('\\').join('/')}`)
    .sort()
    .map((file) =>
      problem('error', file, undefined, {
        th: `ไฟล์นี้เป็นลิงก์ (shortcut/symbolic link) ไปยังไฟล์อื่น ระบบจะไม่เผยแพร่ไฟล์ผ่านลิงก์ ให้ลบลิงก์แล้วคัดลอกไฟล์จริงมาวางแทน`,
        en: `this is a symbolic link (shortcut) to another file; nothing is published through a link: delete the link and copy the real file here instead`,
      }),
    );
}
