import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import { snapshotDist, type DistSnapshot } from './dist-files';
import type { CheckOutcome } from './outcome';

const ATTRIBUTE = /\s(href|src|srcset|poster|content)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]+))\s*\)/g;
const LOC = /<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g;

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/**
 * After the build, every internal link, image, script, stylesheet and
 * in-page anchor in the site must resolve to a file of the site itself,
 * under its sub-path — so an assessor's click never lands on a 404.
 */
export function checkDistLinks(
  dir: string,
  site: string,
  base: string,
  dist: DistSnapshot = snapshotDist(dir),
): CheckOutcome {
  const files = dist.files;
  const ids = new Map<string, Set<string>>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = /\.(?:html|css|xml)$/.test(file) ? dist.text(file) : undefined;
    if (text === undefined) continue;
    texts.set(file, text);
    if (file.endsWith('.html')) ids.set(file, new Set([...text.matchAll(ID)].map((m) => decode(m[1] ?? m[2] ?? ''))));
  }
  const problems: Problem[] = [];
  let links = 0;
  const origin = new URL(site).origin;
  for (const [file, text] of texts) {
    const pageUrl = new URL(`${base}${file}`, origin);
    // How a page names itself (canonical, og:url): /x/ for x/index.html, and /404/ as Astro names 404.html.
    const ownPaths = new Set([
      pageUrl.pathname,
      pageUrl.pathname.replace(/index\.html$/, ''),
      pageUrl.pathname.replace(/\.html$/, '/'),
    ]);
    const refs: { value: string; what: string }[] = [];
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(ATTRIBUTE)) {
        const attr = m[1]!.toLowerCase();
        const value = decode(m[2] ?? m[3] ?? '');
        if (attr === 'content') {
          if (/^https?:\/\//.test(value)) refs.push({ value, what: 'meta' });
        } else if (attr === 'srcset')
          refs.push(...value.split(',').map((c) => ({ value: c.trim().split(/\s+/)[0] ?? '', what: attr })));
        else refs.push({ value, what: attr });
      }
    } else if (file.endsWith('.css'))
      refs.push(...[...text.matchAll(CSS_URL)].map((m) => ({ value: m[1] ?? m[2] ?? m[3] ?? '', what: 'css url()' })));
    else refs.push(...[...text.matchAll(LOC)].map((m) => ({ value: decode(m[1]!.trim()), what: 'loc' })));
    for (const { value, what } of refs) {
      if (!value || /^(?:mailto|tel|data|javascript|blob):/i.test(value)) continue;
      const url = new URL(value, pageUrl);
      if (url.origin !== origin) continue;
      // A full address on the same host outside the sub-path is another site there (the organisation's main site).
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !url.pathname.startsWith(base)) continue;
      links++;
      if (ownPaths.has(url.pathname) && !url.hash) continue;
      const broken = resolveTarget(dir, base, url, ids);
      // A missing social-card image only spoils a share preview; a broken link, image or script fails a reader.
      if (broken)
        problems.push(
          problem(what === 'meta' ? 'warning' : 'error', `dist/${file}`, what, {
            th: `${broken.th}: ${value}`,
            en: `${broken.en}: ${value}`,
          }),
        );
    }
  }
  return { name: 'dist-links', problems, stats: { files: files.length, pages: ids.size, links }, notes: [] };
}

function resolveTarget(
  dir: string,
  base: string,
  url: URL,
  ids: Map<string, Set<string>>,
): { th: string; en: string } | undefined {
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base))
    return {
      th: `ลิงก์ออกนอกที่อยู่ของเว็บไซต์ (${base}) จะเปิดไม่ได้เมื่อวางไว้ใต้โฟลเดอร์ย่อย`,
      en: `the link leaves the site's sub-path (${base}) and breaks when hosted there`,
    };
  path = path.slice(base.length);
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  const target = candidates.find((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
  if (!target)
    return {
      th: 'ลิงก์ไปยังหน้าหรือไฟล์ที่ไม่มีอยู่ในเว็บไซต์',
      en: 'the link points to a page or file that does not exist in the site',
    };
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && target.endsWith('.html') && !ids.get(posix.normalize(target))?.has(fragment) && fragment !== 'top') {
    return { th: `ไม่พบจุด #${fragment} ในหน้าปลายทาง`, en: `the target page has no #${fragment}` };
  }
  return undefined;
}
