import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { parse, YAMLError } from 'yaml';
import { decodeContentFile } from './file-encoding';

/** One content file as written, before any schema is applied. */
export interface RawEntry {
  /** Path relative to the project root, for messages. */
  file: string;
  /** Path relative to the collection folder, e.g. `2568/open-data.mdx`. */
  entry: string;
  /** Parsed front matter (or the whole YAML document). */
  data: Record<string, unknown>;
  /** MDX body; empty for YAML files. */
  body: string;
  /** Line of the file on which the body starts, so body messages name the clerk's line numbers. */
  bodyLine?: number;
  /** Set when the file could not even be read as YAML; the message says where. */
  parseError?: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads a YAML file or an MD/MDX file's front matter without interpreting it. */
export function readRawEntry(root: string, absolutePath: string, collectionDir: string): RawEntry {
  const file = relative(root, absolutePath).split('\\').join('/');
  const entry = relative(collectionDir, absolutePath).split('\\').join('/');
  const decoded = decodeContentFile(readFileSync(absolutePath));
  if ('error' in decoded) return { file, entry, data: {}, body: '', parseError: decoded.error };
  const text = decoded.text;
  const isYaml = /\.ya?ml$/.test(absolutePath);
  const match = isYaml ? null : FRONT_MATTER.exec(text);
  if (!isYaml && !match) {
    return {
      file,
      entry,
      data: {},
      body: text,
      parseError:
        'ไม่พบส่วนหัว (front matter) ที่ขึ้นต้นและปิดด้วย --- / no front matter found between --- lines at the top of the file',
    };
  }
  try {
    const parsed: unknown = parse(isYaml ? text : match![1]!);
    const data =
      parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    if (isYaml) return { file, entry, data, body: '' };
    const body = match![2]!;
    return { file, entry, data, body, bodyLine: text.slice(0, text.length - body.length).split('\n').length };
  } catch (error) {
    return { file, entry, data: {}, body: '', parseError: describeYamlError(error, text, isYaml ? 0 : 1) };
  }
}

/** Lists files under a folder (recursively) whose names match, sorted so reports are stable. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listFiles(full, pattern);
    return pattern.test(name) ? [full] : [];
  });
}

/**
 * The files of a collection folder that its glob pattern matches (`read`), as Astro's glob loader
 * reads them, and the files of the same kind elsewhere in the folder that neither would read (`skipped`).
 * `content/` itself (folder `''`) is read without its sub-folders, which are the other collections'.
 */
export function listCollectionFiles(
  dir: string,
  pattern: string,
  ownFolder = true,
): { read: string[]; skipped: string[] } {
  const extension = pattern.slice(pattern.lastIndexOf('.'));
  const read: string[] = [];
  const skipped: string[] = [];
  const files = ownFolder ? listFiles(dir, /./) : listTopFiles(dir);
  for (const file of files) {
    const rel = relative(dir, file).split('\\').join('/');
    // Hidden files and folders (`.history/`, `._x.mdx` from macOS) are read by neither.
    if (rel.split('/').some((part) => part.startsWith('.'))) continue;
    if (matchesGlob(rel, pattern)) read.push(file);
    else if (ownFolder && rel.endsWith(extension)) skipped.push(file);
  }
  return { read, skipped };
}

function listTopFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(dir, d.name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * The YAML parser counts lines from the front matter's first line; the clerk's
 * editor counts from the file's, so shift by the opening `---` and show the line.
 */
function describeYamlError(error: unknown, text: string, offset: number): string {
  const reason = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(
    / at line \d+, column \d+:?$/,
    '',
  );
  const pos = error instanceof YAMLError ? error.linePos?.[0] : undefined;
  if (!pos)
    return `อ่านรูปแบบ YAML ไม่ได้ (ตรวจเครื่องหมาย : และการเว้นวรรคย่อหน้า): ${reason} / the YAML cannot be read (check colons and indentation): ${reason}`;
  const line = pos.line + offset;
  const shown = (text.split(/\r?\n/)[line - 1] ?? '').replace(/\t/g, '→');
  const hint = 'ถ้าข้อความมีเครื่องหมาย : ให้ครอบด้วยเครื่องหมายคำพูด "…" ย่อหน้าด้วยเว้นวรรคเท่านั้น (ห้ามใช้ Tab) และห้ามมีชื่อช่องซ้ำกัน';
  const hintEn =
    'put text containing ":" in quotes "…", indent with spaces only (never Tab), and do not repeat a field name';
  return `อ่านรูปแบบ YAML ไม่ได้ที่บรรทัด ${line} คอลัมน์ ${pos.col}: «${shown}» ${hint} (${reason}) / the YAML cannot be read at line ${line}, column ${pos.col}: «${shown}»; ${hintEn} (${reason})`;
}
