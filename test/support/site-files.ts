import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveFile } from './static-server';

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

/** A built file's text, without the Thai line-break marks (#18), which are elements inside the words. */
export const readText = (root: string, file: string): string =>
  readFileSync(join(root, file), 'utf8').replace(/<\/?th-w>|<wbr>/g, '');

/**
 * Crawls every page, the sitemap and the feed of a built site: each reference to this site (root-relative,
 * relative, or absolute under origin + base) must stay under the base and name a file that exists.
 * The organisation's main website may share the origin; outside the base it is not this site.
 */
export function findBrokenReferences(out: string, base: string, origin: string): string[] {
  const broken: string[] = [];
  const files = listFiles(out).filter((f) => f.endsWith('.html') || f === 'sitemap.xml' || f === 'rss.xml');
  for (const file of files) {
    // Canonical URLs are checked on their own (the 404 page names itself, which no link reaches).
    const text = readText(out, file).replace(/<link rel="canonical"[^>]*>/, '');
    for (const ref of extractReferences(text)) {
      if (/^(mailto:|tel:|#|data:)/.test(ref)) continue;
      const url = new URL(ref, `${origin}${base}${file}`);
      const internal =
        ref.startsWith('/') || !/^[a-z]+:/.test(ref) || (url.origin === origin && url.pathname.startsWith(base));
      if (internal && (!url.pathname.startsWith(base) || !resolveFile(out, base, url.pathname)))
        broken.push(`${file} → ${ref}`);
    }
  }
  return broken;
}
