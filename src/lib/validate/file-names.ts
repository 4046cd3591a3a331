import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import { COLLECTIONS, extensionOf } from '@/lib/content/collections';
import { readRawEntry } from './read-content';

/** Files Windows and macOS leave in folders, never the clerk's content. */
const SYSTEM_FILES = /^(?:\..*|thumbs\.db|desktop\.ini|~\$.*)$/i;
/** A file name that gives a clean address: lower-case a–z, 0–9, single hyphens. */
const ADDRESS_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** What Windows and Thai Windows add to a copied file: " - Copy", " - สำเนา", " (2)", "Copy of …". */
const COPY_MARK = /\s*-\s*(?:copy|สำเนา)(?:\s*\(\d+\))?$|\s*\(\d+\)$|^copy of\s+/i;

interface Folder {
  /** Folder under content/, e.g. `measures`. */
  dir: string;
  /** The one extension read there, exactly as written. */
  ext: '.mdx' | '.yaml';
  /** Thai and English name of what the folder holds. */
  what: readonly [string, string];
}

// From the collections table; content/oit/ is left out: its file names are O-codes (O1.mdx), checked by
// oit-item-checks.ts, and it also holds the published sheets (published-<year>.json).
const FOLDERS: Folder[] = (['measures', 'announcements', 'frameworks', 'assessments', 'reports'] as const).map(
  (name) => ({ dir: COLLECTIONS[name].folder, ext: extensionOf(COLLECTIONS[name]), what: COLLECTIONS[name].what }),
);

/**
 * Files in content folders that the build would skip without a word (a
 * Notepad `.mdx.txt`, `.MDX`, `.md`) or publish at a broken address (a Windows
 * copy "budget-disclosure - Copy.mdx", a Thai file name): each is an error that
 * says the name to use.
 */
export function checkContentFileNames(root: string): Problem[] {
  const problems: Problem[] = [];
  for (const folder of FOLDERS) {
    for (const rel of listAll(join(root, 'content', folder.dir))) {
      const file = `content/${folder.dir}/${rel}`;
      const name = rel.slice(rel.lastIndexOf('/') + 1);
      const problem = checkName(root, file, name, folder);
      if (problem) problems.push(problem);
    }
  }
  problems.push(...checkSettingsFileNames(root));
  return problems;
}

/** The settings files directly in content/, each read only under its exact name. */
const SETTINGS = ['organisation.yaml', 'checks.yaml', 'publish.yaml', 'publish.example.yaml'];

/** `organization.yaml`, `checks.yml`, `Organisation.yaml.txt`: read by nothing, so the setting silently does not apply. */
function checkSettingsFileNames(root: string): Problem[] {
  const dir = join(root, 'content');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !SETTINGS.includes(d.name))
    .flatMap((d) => {
      const stem = /^(organi[sz]ation|checks|publish(?:\.example)?)\b/i
        .exec(d.name)?.[1]
        ?.toLowerCase()
        .replace('organization', 'organisation');
      if (!stem) return [];
      const meant = `${stem}.yaml`;
      return [
        problem('error', `content/${d.name}`, undefined, {
          th: `ระบบอ่านเฉพาะไฟล์ชื่อ content/${meant} ไฟล์นี้จะถูกข้ามไปและค่าที่ตั้งไว้จะไม่มีผล หมายถึง ${meant} หรือไม่ ให้เปลี่ยนชื่อเป็น ${meant}`,
          en: `only a file named exactly content/${meant} is read, so this one would be skipped and its settings would not apply: did you mean ${meant}? Rename it`,
        }),
      ];
    });
}

function checkName(root: string, file: string, name: string, folder: Folder): Problem | undefined {
  const [th, en] = folder.what;
  // `.yml` is not read (Astro's pattern is `*.yaml`): it is a near-miss below, with the name to use.
  if (name.endsWith(folder.ext)) {
    if (folder.ext === '.yaml') return undefined; // Their names are checked against their year and round (cross-checks).
    const base = name.slice(0, -folder.ext.length);
    // With a `slug`, the address comes from it, not from the file name (a bad slug is the schema's to report).
    if (ADDRESS_NAME.test(base) || hasSlug(join(root, file))) return undefined;
    const suggested = suggestName(root, file, base, folder.ext);
    const copy = COPY_MARK.test(base);
    const reasonTh = copy
      ? 'ดูเหมือนเป็นสำเนาที่ Windows สร้างขึ้น ถ้าเป็นสำเนาให้ลบทิ้ง มิฉะนั้น'
      : /[^\x00-\x7f]/.test(base)
        ? 'ชื่อไฟล์มีภาษาไทยหรืออักษรนอกภาษาอังกฤษ ทำให้ที่อยู่หน้าเว็บอ่านไม่ออกเมื่อคัดลอกไปใช้'
        : 'ชื่อไฟล์มีช่องว่าง ตัวพิมพ์ใหญ่ หรือเครื่องหมายที่ใช้ในที่อยู่เว็บไม่ได้';
    const reasonEn = copy
      ? 'it looks like a copy Windows made: if it is a copy, delete it; otherwise'
      : /[^\x00-\x7f]/.test(base)
        ? 'the name has Thai or other non-English letters, which turn the page address into unreadable %-codes when copied'
        : 'the name has spaces, capitals or characters that break a web address';
    return problem('error', file, undefined, {
      th: `ชื่อไฟล์${th}นี้จะกลายเป็นที่อยู่หน้าเว็บ: ${reasonTh} ให้เปลี่ยนชื่อเป็น ${suggested} (ใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด -)`,
      en: `the ${en} file name becomes the page address: ${reasonEn}${copy ? ' ' : '; '}rename it to ${suggested} (lower-case a–z, 0–9 and hyphens)`,
    });
  }
  const misspelt = nearMiss(name, folder.ext);
  // The name it would be read under must itself give a clean address.
  const meant =
    misspelt && folder.ext === '.mdx' && !ADDRESS_NAME.test(misspelt.slice(0, -4))
      ? suggestName(root, file, misspelt.slice(0, -4), '.mdx')
      : misspelt;
  if (meant && meant !== misspelt) {
    // Read under its intended name it would still give a Thai or spaced address, so the name to use is new.
    return problem('error', file, undefined, {
      th: `ระบบอ่านเฉพาะไฟล์ที่ลงท้ายด้วย ${folder.ext} ไฟล์นี้จึงจะถูกข้ามไปเฉย ๆ ให้เปลี่ยนชื่อเป็น ${meant} (ชื่อไฟล์กลายเป็นที่อยู่หน้าเว็บ จึงใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด - ถ้า Notepad เติม .txt ให้เลือก "All files (*.*)" ในช่องชนิดไฟล์ตอนบันทึก)`,
      en: `only files ending in ${folder.ext} are read here, so this one would be skipped without a word: rename it to ${meant} (the file name becomes the page address, so use lower-case a–z, 0–9 and hyphens; if Notepad added .txt, choose "All files (*.*)" as the file type when saving)`,
    });
  }
  if (meant) {
    return problem('error', file, undefined, {
      th: `ระบบอ่านเฉพาะไฟล์ที่ลงท้ายด้วย ${folder.ext} ไฟล์นี้จึงจะถูกข้ามไปเฉย ๆ หมายถึง ${meant} หรือไม่ ให้เปลี่ยนชื่อเป็น ${meant} (ถ้า Notepad เติม .txt ให้เลือก "All files (*.*)" ในช่องชนิดไฟล์ตอนบันทึก)`,
      en: `only files ending in ${folder.ext} are read here, so this one would be skipped without a word: did you mean ${meant}? Rename it (if Notepad added .txt, choose "All files (*.*)" as the file type when saving)`,
    });
  }
  if (/\.(?:pdf|jpe?g|png|webp|gif|docx?|xlsx?|pptx?|od[tsp]|csv|zip)$/i.test(name)) {
    return problem('error', file, undefined, {
      th: `ไฟล์หลักฐานต้องอยู่ในโฟลเดอร์ content/evidence/<ปีงบประมาณ>/ ไม่ใช่โฟลเดอร์${th} ให้ย้ายไฟล์ไปที่นั่นแล้วอ้างถึงในส่วนหัวของเรื่อง`,
      en: `evidence files belong in content/evidence/<fiscal year>/, not in the ${en} folder: move it there and name it in the entry's front matter`,
    });
  }
  return problem('error', file, undefined, {
    th: `ระบบอ่านเฉพาะไฟล์ ${folder.ext} ในโฟลเดอร์นี้ ไฟล์นี้จะถูกข้ามไป ให้ย้ายออกหรือลบทิ้ง`,
    en: `only ${folder.ext} files are read in this folder, so this one would be skipped: move it elsewhere or delete it`,
  });
}

/** `ชื่อ.mdx.txt`, `x.MDX`, `x.md`, `x.yml.txt` → the name that would be read, or `undefined`. */
function nearMiss(name: string, ext: '.mdx' | '.yaml'): string | undefined {
  const pattern =
    ext === '.mdx'
      ? /^(.+?)\.(?:mdx|md|markdown|mdown)(?:\.[a-z0-9~]+)*\s*$/i
      : /^(.+?)\.(?:ya?ml)(?:\.[a-z0-9~]+)*\s*$/i;
  const match = pattern.exec(name) ?? (/\.txt$/i.test(name) ? /^(.+?)\.txt$/i.exec(name) : null);
  return match ? `${match[1]!.trim()}${ext}` : undefined;
}

/** An address-safe name: the copy mark and accents dropped; for a Thai-only name, the next free `entry-N`. */
function suggestName(root: string, file: string, base: string, ext: string): string {
  const copy = COPY_MARK.test(base);
  const ascii = base
    .replace(COPY_MARK, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const dir = join(root, file.slice(0, file.lastIndexOf('/')));
  const stem = ascii || (file.startsWith('content/measures/') ? 'measure' : 'announcement');
  for (let n = copy ? 2 : 1; ; n++) {
    const candidate = n === 1 && ascii ? `${stem}${ext}` : `${stem}-${n}${ext}`;
    if (!existsSync(join(dir, candidate))) return candidate;
  }
}

function listAll(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => {
      if (SYSTEM_FILES.test(d.name)) return [];
      const rel = `${prefix}${d.name}`;
      return d.isDirectory() ? listAll(join(dir, d.name), `${rel}/`) : d.isFile() ? [rel] : [];
    });
}

function hasSlug(path: string): boolean {
  const slug = readRawEntry(path, path, path).data.slug;
  return typeof slug === 'string' && slug.length > 0;
}
