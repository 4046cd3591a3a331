import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classifyPagePath } from '@/lib/site/page-paths';
import { listFiles } from '@/lib/validate/read-content';

/**
 * Page weight: what a browser must fetch to show a page, photos aside — the
 * page's own HTML plus every stylesheet, script and font it references
 * (followed through CSS `@import`/`url()` and static JS imports). Each file
 * counts once per page, however often it is referenced.
 */
export interface PageWeight {
  /** Path inside the output folder, e.g. `2569/e-service/open-data/index.html`. */
  page: string;
  kind: string;
  html: number;
  css: number;
  js: number;
  font: number;
  total: number;
  /** The same files gzip-compressed, as most servers send them. */
  gzipTotal: number;
  /** Referenced files that are not in the output folder (broken references). */
  missing: string[];
}

export interface KindWeight {
  kind: string;
  pages: number;
  /** The page of this kind that sends the most bytes (gzipTotal): the budget applies to it. */
  heaviest: PageWeight;
}

/**
 * What any page may send, HTML + CSS + JS gzipped and fonts as they are (issue #18: citizens read
 * these sites on phones over slow mobile data). test/bench/page-weight.test.ts holds every page to it.
 */
export const PAGE_BUDGET_BYTES = 50 * 1024;

const FONT = /\.(?:woff2?|ttf|otf|eot)(?:[?#].*)?$/i;
const CSS = /\.css(?:[?#].*)?$/i;
const JS = /\.m?js(?:[?#].*)?$/i;

/** Names the kind of page from its place in the URL scheme (src/lib/site/page-paths.ts). */
export function classifyPage(page: string): string {
  if (page === '404.html') return '404';
  const path = page.replace(/(?:^|\/)index\.html$/, '');
  return classifyPagePath(path) ?? `other:${path.split('/')[0]}`;
}

/** Weighs every HTML page in `outDir`, a site built for sub-path `base`. */
export function weighPages(outDir: string, base: string): PageWeight[] {
  return listFiles(outDir, /\.html$/)
    .map((file) => relative(outDir, file).split('\\').join('/'))
    .filter((page) => !page.startsWith('pagefind/') && !page.startsWith('_astro/'))
    .map((page) => weighPage(outDir, base, page));
}

/** The heaviest page of each kind as sent, heaviest kind first. */
export function weighPageKinds(outDir: string, base: string): KindWeight[] {
  const byKind = new Map<string, PageWeight[]>();
  for (const weight of weighPages(outDir, base)) byKind.set(weight.kind, [...(byKind.get(weight.kind) ?? []), weight]);
  return [...byKind.entries()]
    .map(([kind, pages]) => ({
      kind,
      pages: pages.length,
      heaviest: pages.reduce((a, b) => (b.gzipTotal > a.gzipTotal ? b : a)),
    }))
    .sort((a, b) => b.heaviest.gzipTotal - a.heaviest.gzipTotal);
}

export function weighPage(outDir: string, base: string, page: string): PageWeight {
  const html = readFileSync(join(outDir, page));
  const pageUrl = `http://site${base}${page.replace(/index\.html$/, '')}`;
  const files = new Map<string, 'css' | 'js' | 'font'>();
  const missing: string[] = [];
  const visit = (url: string, from: string, hint?: 'css' | 'js' | 'font'): void => {
    const target = new URL(url, from);
    if (target.origin !== 'http://site') return; // another site's file; we do not send it
    const kind =
      hint ??
      (FONT.test(target.pathname)
        ? 'font'
        : CSS.test(target.pathname)
          ? 'css'
          : JS.test(target.pathname)
            ? 'js'
            : undefined);
    if (!kind) return;
    const local = localPath(outDir, base, target.pathname);
    if (!local) {
      missing.push(target.pathname);
      return;
    }
    if (files.has(local)) return;
    files.set(local, kind);
    const text = kind === 'font' ? '' : readFileSync(local, 'utf8');
    if (kind === 'css') for (const ref of cssReferences(text)) visit(ref, target.href);
    if (kind === 'js') for (const ref of jsImports(text)) visit(ref, target.href, 'js');
  };
  const source = html.toString('utf8');
  for (const { tag, attrs } of tags(source)) {
    if (tag === 'script' && attrs.src) visit(attrs.src, pageUrl, 'js');
    if (tag !== 'link' || !attrs.href) continue;
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) visit(attrs.href, pageUrl, 'css');
    else if (rel.includes('modulepreload')) visit(attrs.href, pageUrl, 'js');
    else if (rel.includes('preload') && ['font', 'style', 'script'].includes(attrs.as ?? '')) {
      visit(attrs.href, pageUrl, attrs.as === 'style' ? 'css' : attrs.as === 'script' ? 'js' : 'font');
    }
  }
  for (const block of source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    for (const ref of cssReferences(block[1]!)) visit(ref, pageUrl);
  for (const block of source.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi))
    for (const ref of jsImports(block[1]!)) visit(ref, pageUrl, 'js');
  const weight: PageWeight = {
    page,
    kind: classifyPage(page),
    html: html.length,
    css: 0,
    js: 0,
    font: 0,
    total: html.length,
    gzipTotal: gzipSync(html).length,
    missing,
  };
  for (const [file, kind] of files) {
    const bytes = readFileSync(file);
    weight[kind] += bytes.length;
    weight.total += bytes.length;
    weight.gzipTotal += kind === 'font' ? bytes.length : gzipSync(bytes).length;
  }
  return weight;
}

function localPath(outDir: string, base: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  if (!decoded.startsWith(base)) return undefined;
  const file = join(outDir, decoded.slice(base.length));
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function tags(html: string): { tag: string; attrs: Record<string, string> }[] {
  return [...html.matchAll(/<(link|script)\b([^>]*)>/gi)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g))
      attrs[a[1]!.toLowerCase()] = (a[2] ?? a[3] ?? a[4] ?? '').replace(/&amp;/g, '&');
    return { tag: m[1]!.toLowerCase(), attrs };
  });
}

/** Files a stylesheet pulls in: `@import`s and fonts (images are photos-aside). */
function cssReferences(css: string): string[] {
  const refs = [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].map((m) => m[1]!);
  for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (FONT.test(m[1]!)) refs.push(m[1]!);
  return refs;
}

/** Static imports of an ES module (fetched before it runs); dynamic `import()` loads on demand and is not counted. */
function jsImports(js: string): string[] {
  return [...js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g)].map(
    (m) => m[1]!,
  );
}
