import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCheckConfig } from '@/lib/checks/config';
import { checkEvidenceFiles } from '@/lib/checks/evidence-files';
import { checkPrivacy } from '@/lib/privacy/privacy-check';
import { validateContent } from '@/lib/validate/validate-content';
import { createTempProject } from '../support/temp-project';
import { formatThaiId, makePdf, makeSyntheticThaiId } from '../support/make-pdf';
import { makeZip } from '../support/make-zip';

// In-process checks on a copy of the demo content, for cases a full build would make slow.
let root = '';
beforeAll(() => {
  root = createTempProject('ita-checks-');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MEASURE = 'content/measures/2569/bribery-risk-assessment.mdx';
const ID = makeSyntheticThaiId('190990077788');

describe('the demo content', () => {
  it('passes the evidence and privacy checks with no problem at all', async () => {
    const { content } = validateContent(root);
    const evidence = await checkEvidenceFiles(root, content, loadCheckConfig(root));
    expect(evidence.problems).toEqual([]);
    expect(evidence.stats.files).toBeGreaterThan(20);
    const privacy = await checkPrivacy(root, content);
    expect(privacy.problems).toEqual([]);
    expect(privacy.stats.pdfs).toBeGreaterThan(5);
  });

  it('does not decode unchanged files again, but still catches a photo damaged after a clean build', async () => {
    const { content } = validateContent(root);
    await checkEvidenceFiles(root, content, loadCheckConfig(root));
    const warm = await checkEvidenceFiles(root, content, loadCheckConfig(root));
    expect(warm.problems).toEqual([]);
    expect(warm.stats.reusedFromCache).toBe(warm.stats.files);

    const photo = join(root, 'content/evidence/2569/vehicle-check.jpg');
    const original = readFileSync(photo);
    writeFileSync(photo, original.subarray(0, Math.floor(original.length / 2)));
    const damaged = await checkEvidenceFiles(root, validateContent(root).content, loadCheckConfig(root));
    writeFileSync(photo, original);
    expect(damaged.stats.reusedFromCache).toBe(warm.stats.files! - 1);
    expect(damaged.problems.map((p) => p.en).join('\n')).toContain('2569/vehicle-check.jpg cannot be opened');
  });
});

describe('privacy override', () => {
  it('lets exactly the allowed ID through, in the entry and in its attached PDF, and still warns on a private phone', async () => {
    const path = join(root, MEASURE);
    const original = readFileSync(path, 'utf8');
    const override = `privacyOverride:\n  allow: ["${formatThaiId(ID)}"]\n  reason: ประกาศรายชื่อผู้ชนะการเสนอราคาต้องเผยแพร่ตามกฎหมายจัดซื้อจัดจ้าง\n  approvedBy: ปลัดองค์การบริหารส่วนตำบล\n`;
    writeFileSync(
      path,
      `${original.replace(/^---\n/, `---\n${override}`)}\nผู้ชนะการเสนอราคา ${formatThaiId(ID)} โทร 089-111-2233\n`,
    );
    const pdf = join(root, 'content/evidence/2569/bribery-risk-assessment-2569.pdf');
    const originalPdf = readFileSync(pdf);
    writeFileSync(pdf, makePdf([`Winner ${ID}`]));
    const { content, problems } = validateContent(root);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const outcome = await checkPrivacy(root, content);
    expect(outcome.problems.map((p) => [p.severity, p.file])).toEqual([['warning', MEASURE]]);
    expect(outcome.problems[0]!.en).toContain('phone number 089-111-2233');

    writeFileSync(path, original.replace(/^---\n/, `---\n${override.replace(formatThaiId(ID), '1-1111-11111-11-9')}`));
    const again = await checkPrivacy(root, validateContent(root).content);
    expect(again.problems.map((p) => [p.severity, p.file])).toEqual([
      ['error', 'content/evidence/2569/bribery-risk-assessment-2569.pdf'],
    ]);
    writeFileSync(path, original);
    writeFileSync(pdf, originalPdf);
  });
});

describe('scanned PDFs', () => {
  it('are named in a note, since the ID check cannot read a picture', async () => {
    const pdf = join(root, 'content/evidence/2569/ita-2568-analysis.pdf');
    const original = readFileSync(pdf);
    writeFileSync(pdf, makePdf([]));
    const outcome = await checkPrivacy(root, validateContent(root).content);
    writeFileSync(pdf, original);
    expect(outcome.problems).toEqual([]);
    expect(outcome.stats.pdfsWithoutText).toBe(1);
    expect(outcome.notes[0]).toContain('check them by eye: content/evidence/2569/ita-2568-analysis.pdf');
  });
});

describe('evidence files', () => {
  it('stops a truncated photo and warns on an unsafe file name nobody links to', async () => {
    const photo = join(root, 'content/evidence/2569/budget-forum.jpg');
    const bytes = readFileSync(photo);
    writeFileSync(photo, bytes.subarray(0, Math.floor(bytes.length / 3)));
    writeFileSync(join(root, 'content/evidence/2569/รูป ประชุม.jpg'), bytes);
    const outcome = await checkEvidenceFiles(root, validateContent(root).content, loadCheckConfig(root));
    writeFileSync(photo, bytes);
    rmSync(join(root, 'content/evidence/2569/รูป ประชุม.jpg'));
    expect(outcome.problems.map((p) => [p.severity, p.file, p.field])).toEqual([
      ['error', 'content/measures/2569/budget-disclosure.mdx', 'evidence.photos[0].file'],
      ['warning', 'content/evidence/2569/รูป ประชุม.jpg', undefined],
    ]);
    expect(outcome.problems[0]!.en).toContain('content/evidence/2569/budget-forum.jpg cannot be opened');
  });

  it('opens an office file only when its archive is complete', async () => {
    const measure = join(root, 'content/measures/2569/bribery-risk-assessment.mdx');
    const original = readFileSync(measure, 'utf8');
    writeFileSync(
      measure,
      original.replace(
        '  documents:\n',
        '  documents:\n    - file: 2569/risk-register.docx\n      title: ทะเบียนความเสี่ยง\n',
      ),
    );
    const docx = makeZip({ 'word/document.xml': '<w:document/>' });
    const docxPath = join(root, 'content/evidence/2569/risk-register.docx');
    writeFileSync(docxPath, docx);
    const whole = await checkEvidenceFiles(root, validateContent(root).content, loadCheckConfig(root));
    writeFileSync(docxPath, docx.subarray(0, docx.length - 30));
    const cut = await checkEvidenceFiles(root, validateContent(root).content, loadCheckConfig(root));
    writeFileSync(measure, original);
    rmSync(docxPath);
    expect(whole.problems).toEqual([]);
    expect(cut.problems.map((p) => [p.file, p.field])).toEqual([
      ['content/measures/2569/bribery-risk-assessment.mdx', 'evidence.documents[0].file'],
    ]);
    expect(cut.problems[0]!.en).toContain('risk-register.docx cannot be opened; it is damaged or incomplete');
  });
});
