import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

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
  /** Set when the file could not even be read as YAML; the message says where. */
  parseError?: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads a YAML file or an MD/MDX file's front matter without interpreting it. */
export function readRawEntry(root: string, absolutePath: string, collectionDir: string): RawEntry {
  const text = readFileSync(absolutePath, 'utf8').replace(/^\uFEFF/, '');
  const file = relative(root, absolutePath).split('\\').join('/');
  const entry = relative(collectionDir, absolutePath).split('\\').join('/');
  const isYaml = /\.ya?ml$/.test(absolutePath);
  const match = isYaml ? null : FRONT_MATTER.exec(text);
  if (!isYaml && !match) {
    return { file, entry, data: {}, body: text, parseError: 'ไม่พบส่วนหัว (front matter) ที่ขึ้นต้นและปิดด้วย --- / no front matter found between --- lines at the top of the file' };
  }
  try {
    const parsed: unknown = parse(isYaml ? text : match![1]!);
    const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    return { file, entry, data, body: isYaml ? '' : match![2]! };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { file, entry, data: {}, body: '', parseError: `อ่านรูปแบบ YAML ไม่ได้ (ตรวจเครื่องหมาย : และการเว้นวรรคย่อหน้า): ${reason} / the YAML cannot be read (check colons and indentation): ${reason}` };
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
  return names
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return listFiles(full, pattern);
      return pattern.test(name) ? [full] : [];
    });
}
