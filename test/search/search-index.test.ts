/**
 * Builds the search index over a small fixture site and searches it with the
 * site's own pagefind.js in Node (document says lang="th").
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/build/search/build-search-index';
import { openNodeSearch, type NodeSearch } from '@/build/search/pagefind-node';
import type { BuildContext } from '@/build/steps';
import { toQueryKeys } from '@/lib/search/search-units';
import { toQueryTerms } from '@/lib/search/span-keys';
import type { ValidatedContent } from '@/lib/validate/validate-content';

const fixture = join(import.meta.dirname, '../fixtures/search/site');
let site: string;
let search: NodeSearch;

const content = {
  organisation: { data: { digits: 'thai' } },
  frameworks: [
    {
      data: {
        fiscalYear: 2568,
        issueLabel: 'ประเด็น',
        issues: [
          { code: 'o1', number: 1, title: 'การใช้ทรัพย์สินของทางราชการ' },
          { code: 'o2', number: 2, title: 'การเปิดเผยข้อมูล' },
        ],
      },
    },
  ],
  measures: [],
  announcements: [],
  assessments: [],
  reports: [],
} as unknown as ValidatedContent;

const urls = async (typed: string, filters?: Record<string, string[]>, raw = false) =>
  (await search.search(typed, { filters, raw })).map((r) => r.url).sort();
/** The text inside each run of adjacent `<mark>`s. */
const marked = (excerpt: string) =>
  [...excerpt.replace(/<\/mark><mark>/g, '').matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!);

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'search-index-'));
  cpSync(fixture, site, { recursive: true });
  const context = {
    root: site,
    outDir: site,
    site: 'https://example.go.th',
    base: '/',
    content,
    strict: false,
    offline: true,
  } satisfies BuildContext;
  const problems = await buildSearchIndex(context);
  expect(problems).toEqual([]);
  search = await openNodeSearch(site);
});
afterAll(async () => {
  await search?.close();
  rmSync(site, { recursive: true, force: true });
});

describe('search index over a fixture site', () => {
  it('writes the component UI bundle and no legacy UI', () => {
    const files = readdirSync(join(site, 'pagefind'));
    expect(files).toContain('pagefind-component-ui.js');
    expect(files).toContain('pagefind.js');
    expect(files.some((f) => /^pagefind-(ui|modular-ui|highlight)\./.test(f))).toBe(false);
    expect(existsSync(join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it('leaves the published pages exactly as they were: segmentation lives in the index only', () => {
    const htmlFiles = readdirSync(fixture, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'));
    expect(htmlFiles.length).toBeGreaterThan(5);
    for (const file of htmlFiles)
      expect(readFileSync(join(site, file), 'utf8'), file).toBe(readFileSync(join(fixture, file), 'utf8'));
  });

  it('finds a word inside unspaced Thai text, first the page that has it in its title', async () => {
    const results = await search.search('ของขวัญ');
    // Index order would put /2569/ first; it says ของขวัญ three times, but not in its title.
    expect(results.map((r) => r.url)).toEqual(['/announcements/no-gift-policy/', '/2569/']);
  });

  it('finds a word inside a compound: งบประมาณ in ปีงบประมาณ and งบประมาณรายจ่าย', async () => {
    expect(await urls('งบประมาณ')).toEqual([
      '/2568/o1/property-use/',
      '/2568/o2/e-service/',
      '/2569/',
      '/announcements/no-gift-policy/',
      '/assessment/2568/',
    ]);
    expect(await urls('ประมาณ')).toEqual(await urls('งบประมาณ'));
    expect(await urls('ทรัพย์สิน')).toEqual(['/2568/o1/property-use/']);
  });

  it('finds a phrase by the spans that cover it: the pages and counts of Pagefind’s exact phrase, not where they stand apart', async () => {
    // ส่งเรียบร้อย … เปลี่ยน has ร้อ, งเรี and ยน, the three spans that cover ร้องเรียน, but not side by side.
    const terms = toQueryTerms(toQueryKeys('ร้องเรียน'))!;
    expect(terms.cover?.spans).toHaveLength(3);
    const apart = await urls(terms.cover!.spans.join(' '), undefined, true);
    expect(apart).toEqual(['/2568/o2/complaints/', '/2568/o2/delivery/']);
    expect(await urls('ร้องเรียน')).toEqual(['/2568/o2/complaints/']);
    const filterSets: Record<string, string[]>[] = [{}, { ประเภท: ['มาตรการ'] }, { ปีงบประมาณ: ['๒๕๖๙'] }];
    for (const filters of filterSets) {
      const ours = await search.counts('ร้องเรียน', { filters });
      const pagefinds = await search.counts(terms.content, { filters, raw: true });
      expect(ours, JSON.stringify(filters)).toEqual(pagefinds);
    }
    // Pagefind's own counts for the spans together still count the page where they stand apart.
    const together = await search.counts(terms.cover!.spans.join(' '), { raw: true });
    expect(together.totalFilters['ประเภท']!['มาตรการ']).toBe(2);
    expect((await search.counts('ร้องเรียน')).totalFilters['ประเภท']!['มาตรการ']).toBe(1);
  });

  it('respects tone marks: ซื่อ (honest) is not ซื้อ (buy)', async () => {
    expect(await urls('ซื่อสัตย์')).toEqual(['/2568/o1/property-use/']);
    expect(await urls('ซื่อ')).toEqual(['/2568/o1/property-use/']);
    expect(await urls('ซื้อ')).toEqual(['/2568/o2/e-service/']);
  });

  it('matches Thai and Arabic digits both ways', async () => {
    const both = [
      '/2568/o2/e-service/',
      '/announcements/no-gift-policy-en/',
      '/announcements/no-gift-policy/',
      '/assessment/2568/',
    ];
    expect(await urls('2568')).toEqual(both);
    expect(await urls('๒๕๖๘')).toEqual(both);
    expect(await urls('2569')).toEqual(['/2569/']);
    expect(await urls('๒๔ ชั่วโมง')).toEqual(['/2568/o2/e-service/']);
  });

  it('finds English terms inside Thai pages and English pages', async () => {
    expect(await urls('No Gift Policy')).toEqual([
      '/announcements/no-gift-policy-en/',
      '/announcements/no-gift-policy/',
    ]);
    expect(await urls('e-service')).toEqual(['/2568/o2/e-service/', '/announcements/no-gift-policy-en/']);
    expect(await urls('ITA')).toEqual(['/assessment/2568/']);
  });

  it('indexes only the content region: no navigation, footer, ignored parts or pages without a body', async () => {
    expect(await urls('เมนูนำทางพิเศษ')).toEqual([]);
    expect(await urls('ท้ายหน้าเว็บไซต์พิเศษ')).toEqual([]);
    expect(await urls('คำลับซ่อนไว้')).toEqual([]);
    expect(await urls('ค้นหาหน้าค้นหา')).toEqual([]);
  });

  it('indexes a page that names another page as canonical only once, under the canonical URL', async () => {
    expect(existsSync(join(site, '2569', 'round-6', 'index.html'))).toBe(true);
    expect(await urls('รายจ่าย')).toEqual(['/2569/']);
  });

  it('shows the page’s own text in excerpts, with marks exactly on the query', async () => {
    for (const [typed, expected] of [
      ['ของขวัญ', ['ของขวัญ']],
      ['งบประมาณ', ['งบประมาณ']],
      ['๒๕๖๘', ['2568', '๒๕๖๘']],
      ['No Gift', ['No Gift']],
    ] as const) {
      const results = await search.search(typed);
      expect(results.length, typed).toBeGreaterThan(0);
      for (const { excerpt } of results) {
        expect(excerpt).not.toMatch(/\b9[a-z]{2,}/);
        const marks = marked(excerpt);
        expect(marks.length, typed).toBeGreaterThan(0);
        for (const mark of marks) expect(expected).toContain(mark);
      }
    }
  });

  it('filters by fiscal year, issue and kind of page with Thai names', async () => {
    expect(await urls('งบประมาณ', { ปีงบประมาณ: ['๒๕๖๙'] })).toEqual(['/2569/']);
    expect(await urls('งบประมาณ', { ประเภท: ['มาตรการ'] })).toEqual(['/2568/o1/property-use/', '/2568/o2/e-service/']);
    expect(await urls('งบประมาณ', { ประเด็น: ['ประเด็น ๑ การใช้ทรัพย์สินของทางราชการ'] })).toEqual([
      '/2568/o1/property-use/',
    ]);
    const [report] = await search.search('รายจ่าย');
    expect(report?.filters).toEqual({ ปีงบประมาณ: ['๒๕๖๙'], ประเภท: ['รายงาน'] });
    expect(report?.title).toBe('รายงานผลการดำเนินงานรอบ ๖ เดือน ปีงบประมาณ ๒๕๖๙');
  });
});
