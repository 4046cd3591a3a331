/**
 * Post-build step: builds the Pagefind index of the staged site into
 * `<outDir>/pagefind/`, from the content region of every page (see
 * extract-page.ts), cut into search units (see lib/search/search-units.ts).
 */
import * as pagefind from 'pagefind';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import type { BuildContext, BuildStep } from '@/build/steps';
import { extractPage } from './extract-page';
import { markTitleWordStarts, markWordStarts } from './mark-word-starts';
import { buildPageFilters } from './page-filters';
import { toSpanWords } from '@/lib/search/span-keys';
import { rechunkIndex } from './rechunk-index';
import { rewriteFragmentFile } from './rewrite-fragments';
import { buildSearchRecordText } from './search-record';
import { trimComponentCss } from './trim-component-css';
import { trimComponentJs } from './trim-component-js';

/** Site-relative URL of the search page (src/pages/search/). */
const SEARCH_PAGE_URL = '/search/';

/** Folder, inside the site, that holds the search bundle. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

// The legacy default UI, the modular UI and the highlighter are not used: not published. The web worker
// is: without it (<pagefind-config no-worker>) a first query sends 12 KB less, but Lighthouse measured
// 8.3 s of blocked main thread on the search page, against the worker's few hundred milliseconds.
const UNUSED_FILES = /^pagefind-(ui|modular-ui|highlight)\./;
const COMPONENT_CSS = 'pagefind-component-ui.css';
const COMPONENT_JS = 'pagefind-component-ui.js';

async function listHtmlFiles(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path === join(root, SEARCH_BUNDLE_DIR) ? [] : listHtmlFiles(path, root);
      return entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat().sort();
}

/** Site-relative URL of a built file: `2568/o1/index.html` → `/2568/o1/`. */
export function pageUrlOf(outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * A page whose canonical URL is another page of this site is a copy (e.g. the
 * latest report round shown at the year's URL too); only the other page is indexed.
 */
function isCopyOfAnotherPage(
  canonical: string | undefined,
  url: string,
  base: string,
  urls: ReadonlySet<string>,
): boolean {
  if (!canonical) return false;
  const path = new URL(canonical, 'https://site.invalid/').pathname;
  const sitePath = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  return sitePath !== url && urls.has(sitePath);
}

/** Indexes the staged site; returns what went wrong (nothing is written then). */
export async function buildSearchIndex(context: BuildContext): Promise<Problem[]> {
  const problems: Problem[] = [];
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'th' });
  if (!index)
    return [
      problem('error', 'pagefind', undefined, {
        th: `สร้างดัชนีค้นหาไม่ได้: ${errors.join('; ')}`,
        en: `could not start the search indexer: ${errors.join('; ')}`,
      }),
    ];
  const shownByUrl = new Map<string, string[]>();
  try {
    const htmlFiles = await listHtmlFiles(context.outDir);
    const urls = new Set(htmlFiles.map((file) => pageUrlOf(context.outDir, file)));
    for (const file of htmlFiles) {
      const url = pageUrlOf(context.outDir, file);
      // The search page itself is never a search result.
      if (url === SEARCH_PAGE_URL) continue;
      const page = extractPage(await readFile(file, 'utf8'));
      if (!page || isCopyOfAnotherPage(page.canonical, url, context.base, urls)) continue;
      const { indexed, shown } = buildSearchRecordText(page.blocks, page.title);
      if (!shown.length) continue;
      const added = await index.addCustomRecord({
        url,
        content: toSpanWords(indexed.split(' ')).join(' '),
        language: 'th',
        meta: { title: markTitleWordStarts(page.title || url) },
        filters: buildPageFilters(page.mainData, context.content),
      });
      if (added.errors.length) {
        problems.push(
          problem('error', relative(context.root, file), undefined, {
            th: `ใส่หน้านี้ในดัชนีค้นหาไม่ได้: ${added.errors.join('; ')}`,
            en: `could not add this page to the search index: ${added.errors.join('; ')}`,
          }),
        );
      }
      shownByUrl.set(url, markWordStarts(shown));
    }
    if (!shownByUrl.size) {
      return [
        problem('warning', 'src/layouts', undefined, {
          th: 'ไม่มีหน้าใดมีส่วนเนื้อหาที่ทำเครื่องหมาย data-pagefind-body จึงยังไม่มีอะไรให้ค้นหา',
          en: 'no page marks its content with data-pagefind-body, so search finds nothing yet',
        }),
      ];
    }
    if (problems.length) return problems;
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length)
      return [
        problem('error', 'pagefind', undefined, {
          th: `เขียนดัชนีค้นหาไม่ได้: ${fileErrors.join('; ')}`,
          en: `could not write the search index: ${fileErrors.join('; ')}`,
        }),
      ];
    const bundleDir = join(context.outDir, SEARCH_BUNDLE_DIR);
    for (const { path, content } of rechunkIndex(files)) {
      if (UNUSED_FILES.test(path)) continue;
      let bytes: Uint8Array = content;
      if (path.endsWith('.pf_fragment')) bytes = rewriteFragmentFile(content, shownByUrl);
      else if (path === COMPONENT_CSS) bytes = Buffer.from(trimComponentCss(Buffer.from(content).toString('utf8')));
      else if (path === COMPONENT_JS) {
        const trimmed = trimComponentJs(Buffer.from(content).toString('utf8'));
        if (trimmed.emptied) bytes = Buffer.from(trimmed.code);
        else
          problems.push(
            problem('warning', `${SEARCH_BUNDLE_DIR}/${COMPONENT_JS}`, undefined, {
              th: 'ไม่พบตารางข้อความภาษาอื่นในสคริปต์ของ Pagefind จึงเผยแพร่ทั้งไฟล์ (ใหญ่ขึ้นราว 16 KB)',
              en: "Pagefind's component script has a shape this build does not know: published whole, about 16 KB more per first search",
            }),
          );
      }
      await mkdir(dirname(join(bundleDir, path)), { recursive: true });
      await writeFile(join(bundleDir, path), bytes);
    }
  } catch (error) {
    return [
      problem('error', 'pagefind', undefined, {
        th: `สร้างดัชนีค้นหาไม่สำเร็จ: ${String(error)}`,
        en: `building the search index failed: ${String(error)}`,
      }),
    ];
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  return problems;
}

/** Registered in `postBuildSteps`. */
export const searchIndexStep: BuildStep = { name: 'สร้างดัชนีค้นหา / search index', run: buildSearchIndex };
