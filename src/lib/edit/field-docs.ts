import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the JSDoc comment written above each schema field in src/schemas/, so
 * the form's help text is the schema's own documentation and never a second
 * copy that could drift. Keyed `field` (first seen wins, measure first).
 */
export function readFieldDocs(root: string): Record<string, string> {
  const dir = join(root, 'src', 'schemas');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort((a, b) => rank(a) - rank(b));
  const docs: Record<string, string> = {};
  const pattern = /\/\*\*([\s\S]*?)\*\/\s*\n\s*([A-Za-z][A-Za-z0-9]*)\s*:/g;
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(pattern)) {
      const text = match[1]!.split('\n').map((line) => line.replace(/^\s*\*\s?/, '').trim()).filter(Boolean).join(' ');
      docs[match[2]!] ??= text;
    }
  }
  return docs;
}

function rank(file: string): number {
  return file === 'measure.ts' ? 0 : file === 'evidence.ts' ? 1 : 2;
}
