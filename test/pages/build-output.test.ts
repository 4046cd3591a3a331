import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '@/lib/validate/validate-content';
import { demoSite } from '../support/demo-site';
import { projectRoot } from '../support/temp-project';
import { hasGpsTag } from '../support/exif';
import { findBrokenReferences, listFiles, readText } from '../support/site-files';
import { resolveFile } from '../support/static-server';

const BASE = '/ita/';
const ORIGIN = 'https://www.nongtuayang.example.go.th';
/** HTML + CSS + fonts a measure page may make a phone download (bytes, uncompressed). See the budget test. */
const MEASURE_PAGE_BUDGET = 100_000;
/** The gallery viewer is the only script a content page may carry. */
const SCRIPT_BUDGET = 3_000;

let out: string;
let files: string[];
let htmlFiles: string[];
const { content } = validateContent(projectRoot);

beforeAll(() => {
  out = demoSite('ita').dist;
  files = listFiles(out);
  htmlFiles = files.filter((f) => f.endsWith('.html'));
});

describe('published images', () => {
  it('carry no EXIF at all, though the demo source photo has a GPS location', async () => {
    const source = join(projectRoot, 'content/evidence/2568/sample-gps-site-visit.jpg');
    expect(hasGpsTag((await sharp(source).metadata()).exif)).toBe(true);
    const images = files.filter((f) => /\.(jpe?g|png|webp|avif)$/i.test(f));
    const fromGpsPhoto = images.filter((f) => f.includes('sample-gps-site-visit'));
    expect(fromGpsPhoto.length).toBeGreaterThan(0);
    for (const image of images) {
      const meta = await sharp(join(out, image)).metadata();
      expect({ image, exif: meta.exif, gps: hasGpsTag(meta.exif) }).toEqual({ image, exif: undefined, gps: false });
    }
  });

  it('are never the untouched original files', () => {
    // An original keeps its name and gains only a content hash (`photo.04c8f03814.jpg`); resized copies add `_<transform>`.
    const originals = files.filter((f) =>
      /^_astro\/(?:evidence\/.+\/)?[^/_]+\.[A-Za-z0-9-]{8,10}\.(jpe?g|png|webp)$/.test(f),
    );
    expect(files.some((f) => f.startsWith('_astro/evidence/'))).toBe(true);
    expect(originals).toEqual([]);
  });

  it('come in AVIF and WebP with a JPEG fallback, lazy, with width and height', () => {
    const html = readText(out, '2568/budget-procurement/procurement-transparency/index.html');
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    expect(html).toMatch(/<source[^>]+type="image\/webp"/);
    const img = html.match(/<picture[\s\S]*?<img([^>]+)>/)?.[1] ?? '';
    expect(img).toMatch(/src="[^"]+\.jpg"/);
    expect(img).toMatch(/loading="lazy"/);
    expect(img).toMatch(/width="\d+"/);
    expect(img).toMatch(/height="\d+"/);
  });
});

describe('drafts and documents', () => {
  const drafts = content.measures.filter((m) => m.data.draft);

  it('leave no trace of a draft anywhere in the site', () => {
    expect(drafts.length).toBeGreaterThan(0);
    for (const file of files.filter((f) => /\.(html|xml|txt|json|js|css)$/.test(f))) {
      expect(readText(out, file).includes('ร่างลับเฉพาะXYZ'), file).toBe(false);
    }
    for (const draft of drafts) expect(readText(out, 'sitemap.xml')).not.toContain(draft.data.title);
  });

  it('publishes exactly the documents that published entries list', () => {
    const expected = new Set<string>();
    for (const m of content.measures.filter((e) => !e.data.draft))
      for (const d of m.data.evidence.documents) expected.add(`evidence/${d.file}`);
    for (const a of content.announcements.filter((e) => !e.data.draft))
      for (const d of a.data.attachments) expected.add(`evidence/${d.file}`);
    for (const o of (content.oitItems ?? []).filter((e) => !e.data.draft))
      for (const d of o.data.documents) expected.add(`evidence/${d.file}`);
    const published = files.filter((f) => f.startsWith('evidence/'));
    expect(published).toEqual([...expected].sort());
    for (const f of published)
      expect(readFileSync(join(out, f))).toEqual(readFileSync(join(projectRoot, 'content', f)));
  });
});

describe('built for the sub-path /ita/', () => {
  it('has no broken internal link, image, font or feed entry, and nothing escapes the base', () => {
    expect(findBrokenReferences(out, BASE, ORIGIN)).toEqual([]);
  });

  it('lists every page in the sitemap with absolute URLs under the base, and the feed links there too', () => {
    const sitemap = readText(out, 'sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    const pages = htmlFiles
      .filter((f) => f !== '404.html')
      .map((f) => `${ORIGIN}${BASE}${f.replace(/index\.html$/, '')}`);
    // Every listed URL is a real page; every page of the public-pages routes is listed.
    for (const loc of locs) expect(pages).toContain(loc);
    for (const page of pages.filter((p) => !/\/(search|oit|og)\//.test(p))) expect(locs).toContain(page);
    const rss = readText(out, 'rss.xml');
    const published = content.announcements.filter((a) => !a.data.draft);
    expect([...rss.matchAll(/<item>/g)]).toHaveLength(published.length);
    for (const [, link = ''] of rss.matchAll(/<link>([^<]+)<\/link>/g))
      expect(link.startsWith(`${ORIGIN}${BASE}`)).toBe(true);
  });

  it('gives every page one h1, Thai language, a canonical URL and Open Graph meta', () => {
    for (const file of htmlFiles) {
      const html = readText(out, file);
      expect(html.match(/<h1[\s>]/g)?.length, file).toBe(1);
      expect(html, file).toMatch(/<html lang="(th|en)"/);
      if (file === '404.html') continue;
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      expect(canonical, file).toBe(`${ORIGIN}${BASE}${file.replace(/index\.html$/, '')}`);
      expect(html, file).toMatch(/<meta property="og:image" content="https:\/\/[^"]+\/ita\/og\//);
    }
  });
});

describe('assessment', () => {
  it('links each issue to fix to the measures that answer it, and each of those measures back', () => {
    const assessment = content.assessments.find((a) => !a.data.draft)!;
    const html = readText(out, `assessment/${assessment.data.fiscalYear}/index.html`);
    const refs = assessment.data.improvements.flatMap((imp) => imp.answeredBy);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const [year, slug] = ref.split('/');
      const measure = content.measures.find(
        (m) => m.raw.entry === `${year}/${slug}.mdx` || (m.data.fiscalYear === Number(year) && m.data.slug === slug),
      );
      if (!measure || measure.data.draft) continue;
      const path = `${year}/${measure.data.issue}/${slug}/`;
      expect(html).toContain(`href="${BASE}${path}"`);
      expect(readText(out, `${path}index.html`)).toContain(`href="${BASE}assessment/${assessment.data.fiscalYear}/"`);
    }
  });
});

describe('announcements', () => {
  it('print the signatory and the date once, as the closing of the notice', () => {
    for (const a of content.announcements.filter((e) => !e.data.draft)) {
      const slug = a.data.slug ?? a.raw.entry.replace(/\.mdx?$/, '');
      const html = readText(out, `announcements/${slug}/index.html`);
      // Without the Thai line-break marks (src/build/thai-breaks/), which are elements inside the words.
      const notice = html.slice(html.indexOf('<article'), html.indexOf('</article>')).replace(/<\/?th-w>|<wbr>/g, '');
      expect(notice.split('class="signatory"').length - 1, slug).toBe(1);
      const signed = a.data.lang === 'en' ? a.data.signatory.name : `(${a.data.signatory.name})`;
      expect(notice.split(signed).length - 1, slug).toBe(1);
      expect(notice, slug).toContain(`<time datetime="${a.data.date}"`);
    }
  });
});

describe('search hooks', () => {
  it('marks the kind, year and issue of each content page on <main>', () => {
    const main = (file: string) => readText(out, file).match(/<main[^>]*>/)?.[0] ?? '';
    expect(main('index.html')).toContain('data-page-kind="home"');
    expect(main('2568/index.html')).toMatch(/data-page-kind="report"[^>]*data-fiscal-year="2568"/);
    expect(main('2568/e-service/index.html')).toMatch(
      /data-page-kind="issue"[^>]*data-fiscal-year="2568"[^>]*data-issue="e-service"/,
    );
    expect(main('2568/budget-procurement/procurement-transparency/index.html')).toMatch(
      /data-page-kind="measure"[^>]*data-issue="budget-procurement"/,
    );
    expect(main('announcements/no-gift-policy-2569/index.html')).toContain('data-page-kind="announcement"');
    expect(main('assessment/2568/index.html')).toContain('data-page-kind="assessment"');
    expect(readText(out, '2568/index.html')).toContain('data-pagefind-body');
    expect(readText(out, 'announcements/index.html')).not.toContain('data-pagefind-body');
    // The latest round's own page repeats the year page, so search sees the report once.
    expect(readText(out, '2568/round-6/index.html')).toContain('data-pagefind-body');
    expect(readText(out, '2568/round-12/index.html')).not.toContain('data-pagefind-body');
  });
});

describe('fonts', () => {
  it('preloads the four Sarabun faces on every page, Thai first, so no text is laid out twice', () => {
    for (const file of htmlFiles) {
      const preloads = [...readText(out, file).matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map(
        (m) => m[1],
      );
      expect(
        preloads.map((href) => /sarabun-(\w+-\d+)\./.exec(href ?? '')?.[1]),
        file,
      ).toEqual(['thai-400', 'thai-700', 'latin-400', 'latin-700']);
    }
  });
});

describe('accessibility statement', () => {
  it("says how to report a problem with the organisation's own phone numbers and e-mail, and every page's footer links it", () => {
    const html = readText(out, 'accessibility/index.html');
    const text = html.replace(/<[^>]+>/g, '');
    const organisation = content.organisation!.data;
    expect(text).toContain(organisation.name);
    for (const email of organisation.email) expect(html).toContain(`href="mailto:${email}"`);
    for (const phone of organisation.phone) expect(html).toContain(`href="tel:${phone.replace(/\s/g, '')}"`);
    // The demo writes its digits in Thai: the figures of the statement follow; the standard's name is English.
    expect(text).toContain('๓๒๐');
    expect(html).toMatch(/<span lang="en"[^>]*>WCAG 2\.1<\/span>/);
    for (const file of htmlFiles) expect(readText(out, file), file).toContain(`href="${BASE}accessibility/"`);
    expect(readText(out, 'sitemap.xml')).toContain(`${ORIGIN}${BASE}accessibility/`);
    expect(existsSync(join(out, 'og', 'accessibility.png'))).toBe(true);
  });
});

describe('weight', () => {
  /** Bytes a page makes the browser fetch: the HTML, its stylesheets and scripts, and every font file it names. */
  function measurePage(file: string) {
    const html = readText(out, file);
    const size = (url: string) => statSync(resolveFile(out, BASE, url)!).size;
    const all = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1] ?? '');
    const css = all(/<link rel="stylesheet" href="([^"]+)"/g).map(size);
    const js = all(/<script type="module" src="([^"]+)"/g).map(size);
    const inlineJs = all(/<script type="module">([\s\S]*?)<\/script>/g).map((code) => Buffer.byteLength(code));
    const fonts = [...new Set(all(/url\(([^)]+\.woff2)\)/g))].map(size);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return { html: Buffer.byteLength(html), css: sum(css), js: sum(js) + sum(inlineJs), fonts: sum(fonts) };
  }

  it(`keeps every measure page's HTML + CSS + fonts under ${MEASURE_PAGE_BUDGET} bytes`, () => {
    const measurePages = htmlFiles.filter((f) => f.split('/').length === 4);
    expect(measurePages.length).toBeGreaterThan(20);
    const weights = measurePages.map((f) => ({ f, ...measurePage(f) }));
    const total = (w: { html: number; css: number; fonts: number }) => w.html + w.css + w.fonts;
    const heaviest = weights.sort((a, b) => total(b) - total(a))[0]!;
    console.log('heaviest measure page', heaviest, 'total', total(heaviest));
    expect(total(heaviest)).toBeLessThan(MEASURE_PAGE_BUDGET);
  });

  it('ships no script on content pages except the small gallery viewer on pages with photos', () => {
    // The OIT answer sheet and the search page are tools, not content pages: their scripts are budgeted in their own tests.
    for (const file of htmlFiles.filter((f) => !/^(?:oit|search)\//.test(f))) {
      const html = readText(out, file);
      const { js } = measurePage(file);
      if (html.includes('data-gallery')) expect(js, file).toBeLessThan(SCRIPT_BUDGET);
      else expect(js, file).toBe(0);
      expect(html, file).not.toMatch(/<script(?![^>]*type="(module|application\/ld\+json)")/);
    }
  });
});

it('the demo build exists', () => expect(existsSync(join(out, 'index.html'))).toBe(true));
