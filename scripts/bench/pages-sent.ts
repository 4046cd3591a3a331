import { launchBrowser } from '../support/browser';
import { serveHosted, type Served } from '../support/serve-hosted';

/** Bytes one page made the server send, in a browser with nothing cached, photos aside. */
export interface PageSent {
  kind: string;
  /** Path inside the output folder, e.g. `2569/index.html`. */
  page: string;
  html: number;
  css: number;
  js: number;
  font: number;
  /** Each font file the browser fetched, by file name, with its bytes. */
  fonts: { file: string; sent: number }[];
  /** Where the page sets Thai in bold (the element and its text), the reason it fetches Sarabun's bold Thai file. */
  boldThai: string | null;
  /** Where it sets Latin letters, digits or a space in bold, the reason for the bold Latin file. */
  boldLatin: string | null;
}

const kindOf = (path: string): keyof Pick<PageSent, 'html' | 'css' | 'js' | 'font'> | undefined =>
  /\.woff2?$/.test(path)
    ? 'font'
    : /\.css$/.test(path)
      ? 'css'
      : /\.m?js$/.test(path)
        ? 'js'
        : /(\/|\.html)$/.test(path)
          ? 'html'
          : undefined;

/**
 * Opens each page in Chromium at phone size, served as the shipped `.htaccess` serves it (gzip), and counts what
 * crossed the wire until its fonts were in — the figure the static count in page-weight.ts stands for. A font
 * face is fetched only when text on the page needs it (unicode-range and weight), so this says which pages need
 * Sarabun's bold files, and why.
 */
export async function measurePagesSent(
  outDir: string,
  base: string,
  pages: { kind: string; page: string }[],
): Promise<PageSent[]> {
  let current: PageSent | undefined;
  const site = await serveHosted(outDir, base, ({ path, sent }: Served) => {
    const kind = current && kindOf(path);
    if (!current || !kind) return;
    current[kind] += sent;
    if (kind === 'font') current.fonts.push({ file: path.split('/').pop()!, sent });
  });
  const browser = await launchBrowser();
  const results: PageSent[] = [];
  try {
    for (const { kind, page: file } of pages) {
      current = { kind, page: file, html: 0, css: 0, js: 0, font: 0, fonts: [], boldThai: null, boldLatin: null };
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.origin}${base}${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // The page's own content first (its heading), then the header and footer every page shares.
      const bold = await page.evaluate(() => {
        const found: { thai: string | null; latin: string | null } = { thai: null, latin: null };
        for (const root of [document.querySelector('main'), document.body]) {
          const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node && !(found.thai && found.latin); node = walker.nextNode()) {
            const element = node.parentElement!;
            // 600 and up use the 700 face: the site ships only 400 and 700.
            if (Number(getComputedStyle(element).fontWeight) < 600 || !element.getClientRects().length) continue;
            const text = node.textContent ?? '';
            if (!text.trim()) continue;
            const tag = element.closest('h1, h2, h3, h4, th, strong, a, summary')?.tagName ?? element.tagName;
            const where = `${tag.toLowerCase()}: ${text.trim().slice(0, 24)}`;
            if (!found.thai && /[\u0e01-\u0e5b]/.test(text)) found.thai = where;
            if (!found.latin && /[\u0020-\u00ff]/.test(text)) found.latin = where;
          }
        }
        return found;
      });
      current.boldThai = bold.thai;
      current.boldLatin = bold.latin;
      current.fonts.sort((a, b) => a.file.localeCompare(b.file));
      results.push(current);
      current = undefined;
      await context.close();
    }
  } finally {
    await browser.close();
    site.close();
  }
  return results;
}
