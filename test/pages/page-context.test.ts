import { describe, expect, it } from 'vitest';
import { announcementSchema } from '@/schemas/announcement';
import { measureSchema } from '@/schemas/measure';
import { reportRoundEntrySchema } from '@/schemas/report-round';
import { createFormatters } from '@/lib/i18n/format';
import { createPageContext, describePageFacets, stripBase } from '@/lib/site/page-context';
import { describePages } from '@/lib/site/pages';
import { noGiftMeasureInput, sampleOrganisation, twoIssueFramework } from '../support/sample-content';

const round = (r: 6 | 12) => ({
  data: reportRoundEntrySchema.parse({
    fiscalYear: 2568,
    round: r,
    title: `รายงาน รอบ ${r} เดือน`,
    reportedOn: r === 6 ? '2025-04-21' : '2025-10-20',
    reportedBy: { name: 'ผู้รายงาน', position: 'นักวิเคราะห์' },
    approvedBy: { name: 'ผู้อนุมัติ', position: 'นายก' },
  }),
});

const pages = describePages({
  organisation: sampleOrganisation,
  fiscalYears: [2568],
  frameworks: [twoIssueFramework],
  measures: [
    {
      slug: 'no-gift',
      data: measureSchema.parse(noGiftMeasureInput),
    },
  ],
  announcements: [
    {
      slug: 'no-gift-policy-2568-en',
      data: announcementSchema.parse({
        kind: 'no-gift-policy',
        title: 'No Gift Policy',
        date: '2024-10-01',
        fiscalYear: 2568,
        signatory: { name: 'ผู้ลงนาม', position: 'นายก' },
        lang: 'en',
      }),
    },
  ],
  assessments: [],
  reports: [round(6), round(12)],
});
const at = (path: string) => pages.find((page) => page.path === path);
const facetsAt = (path: string) => describePageFacets(at(path), pages, 2570);

describe('page context (Astro.locals, set by src/middleware.ts)', () => {
  it('finds the path without the base, with or without a sub-path', () => {
    expect(stripBase('/ita/2568/anti-corruption/', '/ita/')).toBe('/2568/anti-corruption/');
    expect(stripBase('/ita/', '/ita')).toBe('/');
    expect(stripBase('/2568/', '/')).toBe('/2568/');
    expect(stripBase('/elsewhere/', '/ita/')).toBe('/elsewhere/');
  });

  it('files each page for search as the routes used to say by hand', () => {
    expect(facetsAt('2568/anti-corruption/no-gift/')).toEqual({
      kind: 'measure',
      fiscalYear: 2568,
      issue: 'anti-corruption',
      lang: 'th',
      type: 'article',
    });
    expect(facetsAt('2568/anti-corruption/')).toEqual({
      kind: 'issue',
      fiscalYear: 2568,
      issue: 'anti-corruption',
      lang: 'th',
      type: 'website',
    });
    expect(facetsAt('2568/')).toMatchObject({ kind: 'report', fiscalYear: 2568 });
    // The home page is filed under today's fiscal year, not a year of the table.
    expect(facetsAt('')).toEqual({ kind: 'home', fiscalYear: 2570, lang: 'th', type: 'website' });
    expect(facetsAt('announcements/no-gift-policy-2568-en/')).toMatchObject({
      kind: 'announcement',
      lang: 'en',
      type: 'article',
    });
  });

  it('leaves out of the index the round that repeats its year page, and pages that are lists', () => {
    expect(facetsAt('2568/round-6/')).toMatchObject({ kind: 'report', fiscalYear: 2568 });
    const latest = facetsAt('2568/round-12/');
    expect(latest.kind).toBeUndefined();
    expect(latest.fiscalYear).toBe(2568);
    for (const list of ['announcements/', 'oit/2568/', 'search/']) {
      const facets = describePageFacets(at(list), pages, 2570);
      expect(facets.kind).toBeUndefined();
      expect(facets.fiscalYear).toBeUndefined();
    }
    // The 404 page is no row of the table.
    expect(describePageFacets(undefined, pages, 2570)).toEqual({ lang: 'th', type: 'website' });
  });

  it('binds the formatters to the organisation digits once', () => {
    const context = createPageContext({
      organisation: { ...sampleOrganisation, digits: 'arabic' },
      page: at('2568/'),
      pages,
      pagePath: '/2568/',
      currentFiscalYear: 2570,
    });
    expect(context.digits).toBe('arabic');
    expect(context.page?.kind).toBe('year');
    expect(context.format.digits('รอบ 6 เดือน')).toBe('รอบ 6 เดือน');
    const thai = createFormatters('thai');
    expect(thai.digits(2568)).toBe('๒๕๖๘');
    expect(thai.count(1250)).toBe('๑,๒๕๐');
    expect(thai.score(92.5)).toBe('๙๒.๕๐');
    expect(thai.baht(150000)).toBe('๑๕๐,๐๐๐ บาท');
    expect(thai.day('2024-10-01')).toBe('๑ ตุลาคม ๒๕๖๗');
    expect(thai.day('2024-10-01', 'short')).toBe('๑ ต.ค. ๖๗');
    expect(thai.rangeText('2024-10-01', '2025-03-31')).toBe('๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘');
  });
});
