import { describe, expect, it } from 'vitest';
import { announcementSchema } from '@/schemas/announcement';
import { assessmentSchema } from '@/schemas/assessment';
import { frameworkSchema } from '@/schemas/framework';
import { measureSchema } from '@/schemas/measure';
import { reportRoundEntrySchema } from '@/schemas/report-round';
import { describePages, type PageSources } from '@/lib/site/pages';
import { noGiftMeasureInput, sampleOrganisation as organisation, twoIssueFramework } from '../support/sample-content';

const describeCards = (sources: PageSources) => describePages(sources).map((page) => page.card);

const framework = twoIssueFramework;

const measure = measureSchema.parse({ ...noGiftMeasureInput, updated: '2025-01-15' });

const announcement = (lang: 'th' | 'en', title: string) =>
  announcementSchema.parse({
    kind: 'no-gift-policy',
    title,
    date: '2024-10-01',
    fiscalYear: 2568,
    signatory: { name: 'ผู้ลงนาม', position: 'นายก' },
    lang,
  });

const sources: PageSources = {
  organisation,
  fiscalYears: [2568],
  frameworks: [framework],
  measures: [{ slug: 'no-gift', data: measure }],
  announcements: [
    { slug: 'no-gift-policy-2568', data: announcement('th', 'ประกาศนโยบายไม่รับของขวัญ') },
    { slug: 'no-gift-policy-2568-en', data: announcement('en', 'No Gift Policy') },
  ],
  reports: [
    {
      data: reportRoundEntrySchema.parse({
        fiscalYear: 2568,
        round: 6,
        title: 'รายงานผลการดำเนินการ รอบ ๖ เดือน',
        reportedOn: '2025-04-21',
        reportedBy: { name: 'ผู้รายงาน', position: 'นักวิเคราะห์' },
        approvedBy: { name: 'ผู้อนุมัติ', position: 'นายก' },
      }),
    },
  ],
  assessments: [
    {
      data: assessmentSchema.parse({
        fiscalYear: 2568,
        totalScore: 87.45,
        rating: 'A',
        announced: '2025-09-29',
        indicators: [{ number: 1, title: 'การปฏิบัติหน้าที่', score: 90 }],
      }),
    },
  ],
};

describe('describeCards', () => {
  const cards = describeCards(sources);
  const card = (path: string) => cards.find((c) => c.pagePath === path);

  it('lists every public page of the URL scheme once', () => {
    expect(cards.map((c) => c.pagePath).sort()).toEqual(
      [
        '/',
        '/2568/',
        '/2568/round-6/',
        '/2568/transparency/',
        '/2568/anti-corruption/',
        '/2568/anti-corruption/no-gift/',
        '/announcements/',
        '/announcements/no-gift-policy-2568/',
        '/announcements/no-gift-policy-2568-en/',
        '/assessment/2568/',
        '/search/',
        '/accessibility/',
      ].sort(),
    );
  });

  // What each kind of page's card says: the fields the card draws beside its title.
  it.each([
    [
      'a measure its fiscal year, issue badge and Buddhist-era date in Thai digits',
      '/2568/anti-corruption/no-gift/',
      {
        lang: 'th',
        kind: 'measure',
        title: 'ประกาศนโยบาย No Gift Policy',
        fiscalYear: 'ปีงบประมาณ ๒๕๖๘',
        badge: 'ประเด็นที่ ๗ การป้องกันการทุจริต',
        date: 'ปรับปรุง ๑๕ มกราคม ๒๕๖๘',
      },
    ],
    [
      'the English announcement an English card',
      '/announcements/no-gift-policy-2568-en/',
      {
        lang: 'en',
        organisation: 'Ban Thotsop SAO',
        kindLabel: 'No Gift Policy',
        date: '1 October 2024',
        fiscalYear: 'Fiscal year B.E. 2568',
      },
    ],
    ['the Thai announcement a Thai card', '/announcements/no-gift-policy-2568/', { lang: 'th', date: '๑ ตุลาคม ๒๕๖๗' }],
    ['the year card the fiscal year period', '/2568/', { date: '๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘' }],
    ['the assessment card the score', '/assessment/2568/', { badge: 'คะแนน ๘๗.๔๕ · A' }],
    [
      'the 6-month report card its round and period',
      '/2568/round-6/',
      { kindLabel: 'รายงานรอบ ๖ เดือน', date: '๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘' },
    ],
  ])('gives %s', (_, path, expected) => {
    expect(card(path)).toMatchObject(expected);
  });

  it('prints Arabic digits when the organisation chooses them', () => {
    const arabic = describeCards({ ...sources, organisation: { ...organisation, digits: 'arabic' } });
    expect(arabic.find((c) => c.kind === 'measure')?.date).toBe('ปรับปรุง 15 มกราคม 2568');
  });

  it('gives an answer-sheet card only to a framework year that lists OIT items, with measures or not', () => {
    // 2568 has measures but no OIT items: no /oit/2568/ page is built, so no card may name one.
    expect(card('/oit/2568/')).toBeUndefined();
    const item = { code: 'O1', title: 'โครงสร้าง', indicator: 9 };
    const later = frameworkSchema.parse({
      fiscalYear: 2570,
      scheme: 'issues-7',
      issues: [{ code: 'transparency', number: 2, title: 'การเปิดเผยข้อมูล' }],
      oitItems: [item],
    });
    const withSheet = describeCards({ ...sources, frameworks: [later, framework] });
    expect(withSheet.filter((c) => c.kind === 'oit').map((c) => c.pagePath)).toEqual(['/oit/2570/']);
  });

  it('writes an image alt text naming the page and the organisation', () => {
    for (const c of cards) {
      expect(c.alt).toContain(c.title);
      expect(c.alt).toContain(c.organisation);
    }
  });
});
