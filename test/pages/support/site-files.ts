import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `root`, as paths relative to it with forward slashes. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(root, full).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Internal references of an HTML or XML document: href, src, srcset candidates, <loc>, <link>, url() in inline CSS. */
export function extractReferences(text: string): string[] {
  const refs: string[] = [];
  for (const [attribute, raw = ''] of text.matchAll(/\s(?:href|src|data-srcset|srcset)="([^"]+)"/g)) {
    const value = raw.replace(/&amp;/g, '&');
    if (/srcset="/.test(attribute)) refs.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''));
    else refs.push(value);
  }
  for (const [, loc = ''] of text.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)) refs.push(loc);
  for (const [, url = ''] of text.matchAll(/url\(([^)]+)\)/g)) refs.push(url.replace(/^['"]|['"]$/g, ''));
  return refs;
}

export const readText = (root: string, file: string): string => readFileSync(join(root, file), 'utf8');
