import { lstatSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/** Why a path from the browser was refused, in Thai and English. */
export class UnsafePathError extends Error {}

const ALLOWED = /^[A-Za-z0-9._\-/\u0E00-\u0E7F]+$/;

/**
 * Turns a path sent by the browser (relative to `content/`) into an absolute
 * path that is certainly inside `content/`: no `..`, no absolute paths, no
 * backslashes, no hidden folders, and no symbolic link on the way, so a
 * crafted request can never write elsewhere on the clerk's computer.
 */
export function resolveContentPath(root: string, requested: string): string {
  const refuse = (why: string) => {
    throw new UnsafePathError(
      `ไม่อนุญาตเส้นทางไฟล์ "${requested}": ${why.split(' / ')[0]} / path "${requested}" refused: ${why.split(' / ')[1]}`,
    );
  };
  if (typeof requested !== 'string' || requested.length === 0 || requested.length > 300)
    refuse('ว่างหรือยาวเกินไป / empty or too long');
  if (requested.includes('\0') || requested.includes('\\')) refuse('มีอักขระต้องห้าม / forbidden character');
  if (requested.startsWith('/') || /^[A-Za-z]:/.test(requested)) refuse('เป็นเส้นทางเต็ม / absolute path');
  const parts = requested.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.')))
    refuse('มี .. หรือโฟลเดอร์ซ่อน / contains .. or a hidden folder');
  if (!ALLOWED.test(requested)) refuse('มีอักขระที่ไม่รองรับ / unsupported characters');
  const contentDir = resolve(root, 'content');
  const target = resolve(contentDir, ...parts);
  if (!target.startsWith(contentDir + sep)) refuse('อยู่นอกโฟลเดอร์ content / outside the content folder');
  // Every existing step below content/ must be a real folder or file, never a link.
  let step = contentDir;
  for (const part of parts) {
    step = join(step, part);
    let stat;
    try {
      stat = lstatSync(step);
    } catch {
      break;
    }
    if (stat.isSymbolicLink()) refuse('ผ่านลิงก์สัญลักษณ์ / goes through a symbolic link');
  }
  const realContent = realpathSync(contentDir);
  let existing = dirname(target);
  while (true) {
    try {
      const real = realpathSync(existing);
      if (real !== realContent && !real.startsWith(realContent + sep))
        refuse('อยู่นอกโฟลเดอร์ content / outside the content folder');
      break;
    } catch (error) {
      if (error instanceof UnsafePathError) throw error;
      existing = dirname(existing);
    }
  }
  return target;
}
