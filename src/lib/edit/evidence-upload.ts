import { copyFileSync, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';
import { loadCheckConfig } from '@/lib/checks/config';
import { hasGpsTag } from '@/lib/privacy/exif-gps';
import { resolveContentPath } from './safe-path';

/** What the app shows about a file just copied in. */
export interface StoredEvidence {
  /** Path inside content/evidence/, as written into the measure. */
  file: string;
  kind: 'photo' | 'document';
  bytes: number;
  /** The photo carries a GPS position (the build strips it; the app says "will be removed"). */
  gps: boolean;
  /** Over the photo limit of `npm run check`: the app offers a one-click shrink. */
  oversize: boolean;
  width?: number;
  height?: number;
}

const PHOTO = /\.(?:jpe?g|png|webp)$/;
const DOCUMENT = /\.(?:pdf|docx|xlsx|pptx|odt|ods|odp)$/;
const MB = 1024 * 1024;

/**
 * A name the evidence rule accepts (a–z, 0–9, "-", "_", "."): phones and
 * scanners name files `IMG_2034.JPG` or `ประชุม ครั้งที่ 1.pdf`; Thai letters
 * and spaces would break assessors' links, so they go and a counter keeps
 * names apart. The extension is kept (lower case), so nothing is re-encoded.
 */
export function makeEvidenceName(original: string, taken: (name: string) => boolean): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const extension =
    dot > 0
      ? base
          .slice(dot + 1)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
      : '';
  const kind = PHOTO.test(`.${extension}`) ? 'photo' : 'document';
  const ascii = (dot > 0 ? base.slice(0, dot) : base)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  // A name left with no letters (all Thai, or just "1") says what it is: photo-1, document-1.
  const stem = /[a-z]/.test(ascii) ? ascii : ascii ? `${kind}-${ascii}` : kind;
  let name = `${stem}.${extension}`;
  for (let n = 2; taken(name); n++) name = `${stem}-${n}.${extension}`;
  return name;
}

/** Copies a dropped file into content/evidence/<year>/ under a safe name and reports what it found. */
export async function storeEvidence(
  root: string,
  year: number,
  original: string,
  bytes: Buffer,
): Promise<StoredEvidence> {
  const dir = `evidence/${year}`;
  const name = makeEvidenceName(original, (candidate) => existsSync(join(root, 'content', dir, candidate)));
  if (!PHOTO.test(name) && !DOCUMENT.test(name)) {
    throw new RangeError(
      `รับเฉพาะภาพ .jpg .png .webp และเอกสาร .pdf .docx .xlsx .pptx .odt .ods .odp ไฟล์ "${original}" ใช้ไม่ได้ / only .jpg, .png, .webp photos and .pdf, .docx, .xlsx, .pptx, .odt, .ods, .odp documents are accepted: "${original}" is not`,
    );
  }
  const target = resolveContentPath(root, `${dir}/${name}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.saving`, bytes);
  renameSync(`${target}.saving`, target);
  return describeEvidence(root, `${year}/${name}`);
}

/** Size, GPS and dimensions of a file already in content/evidence/. */
export async function describeEvidence(root: string, file: string): Promise<StoredEvidence> {
  const path = resolveContentPath(root, `evidence/${file}`);
  const bytes = statSync(path).size;
  if (!PHOTO.test(file)) return { file, kind: 'document', bytes, gps: false, oversize: false };
  const meta = await sharp(path).metadata();
  const limit = loadCheckConfig(root).maxPhotoMB * MB;
  return {
    file,
    kind: 'photo',
    bytes,
    gps: meta.exif ? hasGpsTag(meta.exif) : false,
    oversize: bytes > limit,
    ...(meta.width ? { width: meta.width } : {}),
    ...(meta.height ? { height: meta.height } : {}),
  };
}

/**
 * The one-click shrink: at most 2000 px on the long side, JPEG/WebP quality
 * 80 (the advice `npm run check` gives), turned upright first. The original is
 * kept in content/.history/ so the shrink can be undone.
 */
export async function shrinkPhoto(root: string, file: string): Promise<StoredEvidence> {
  const path = resolveContentPath(root, `evidence/${file}`);
  if (!PHOTO.test(file)) throw new RangeError('ย่อได้เฉพาะภาพ / only photos can be shrunk');
  const format = /\.png$/.test(file) ? 'png' : /\.webp$/.test(file) ? 'webp' : 'jpeg';
  const smaller = await sharp(path)
    .rotate()
    .resize({ width: 2000, height: 2000, fit: 'inside', withoutEnlargement: true })
    .toFormat(format, { quality: 80 })
    .toBuffer();
  const contentDir = join(root, 'content');
  const backup = join(
    contentDir,
    '.history',
    `${relative(contentDir, path)}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak`,
  );
  mkdirSync(dirname(backup), { recursive: true });
  copyFileSync(path, backup);
  writeFileSync(`${path}.saving`, smaller);
  renameSync(`${path}.saving`, path);
  return describeEvidence(root, file);
}

/** A small preview for the form (EXIF dropped, so the browser never receives the position either). */
export async function makeThumbnail(root: string, file: string): Promise<Buffer> {
  return sharp(resolveContentPath(root, `evidence/${file}`))
    .rotate()
    .resize({ width: 320, height: 240, fit: 'inside' })
    .webp({ quality: 70 })
    .toBuffer();
}
