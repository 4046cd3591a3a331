import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '@/schemas/framework';
import { buildAnswerSheet, type SheetInput } from '@/lib/oit/answer-sheet';
import { NO_CONTENT, toAnswerSheetCsv, toAnswerSheetJson } from '@/lib/oit/sheet-export';

const framework = frameworkSchema.parse({
  fiscalYear: 2569,
  scheme: 'custom',
  issues: [{ code: 'open', number: 1, title: 'การเปิดเผยข้อมูล' }],
  oitItems: [
    { topics: ['integrity-measures'], code: 'O25', title: 'มาตรการส่งเสริมคุณธรรม', indicator: 10, confirmed: true },
    {
      topics: ['integrity-measures-report'],
      code: 'O26',
      title: 'การดำเนินการตามมาตรการ',
      indicator: 10,
      confirmed: true,
    },
    { topics: ['no-gift-policy'], code: 'O20', title: 'No Gift Policy', indicator: 10, note: 'ยังไม่ได้ยืนยัน' },
    { topics: ['ita-analysis'], code: 'O24', title: 'การวิเคราะห์ผลการประเมิน', indicator: 10 },
    { topics: ['corruption-complaints'], code: 'O17', title: 'ช่องทางร้องเรียน', indicator: 9 },
  ],
});
const issueStep = 'ประเด็นที่ 1 การเปิดเผยข้อมูล';

const input: SheetInput = {
  fiscalYear: 2569,
  framework,
  absolute: (path) => `https://www.example.go.th${path}`,
  labels: {
    home: 'หน้าแรก',
    year: (y) => `ปีงบประมาณ ${y}`,
    announcements: 'ประกาศ',
    assessment: (y) => `ผลการประเมิน ${y}`,
  },
  yearPage: { path: '/ita/2569/', title: 'มาตรการ 2569' },
  measures: [
    {
      title: 'เปิดข้อมูล',
      issueStep,
      path: '/ita/2569/open/open-data/',
      oitTopics: ['integrity-measures'],
      updated: '2026-02-01',
    },
    {
      title: 'ไม่รับของขวัญ',
      issueStep,
      path: '/ita/2569/open/no-gift/',
      oitTopics: ['integrity-measures', 'no-gift-policy'],
      updated: '2026-03-05',
    },
  ],
  announcements: [
    {
      title: 'ประกาศ No Gift Policy',
      kind: 'no-gift-policy',
      path: '/ita/announcements/ngp-2569/',
      oitTopics: [],
      updated: '2025-10-01',
    },
  ],
  reports: [
    { title: 'รายงานรอบ 6 เดือน', path: '/ita/2569/round-6/', clickLabel: 'รอบ 6 เดือน', updated: '2026-04-10' },
    { title: 'รายงานรอบ 12 เดือน', path: '/ita/2569/round-12/', clickLabel: 'รอบ 12 เดือน', updated: '2026-10-16' },
  ],
  assessments: [
    { fiscalYear: 2568, title: 'ผลการประเมิน 2568', path: '/ita/assessment/2568/' },
    { fiscalYear: 2566, title: 'ผลการประเมิน 2566', path: '/ita/assessment/2566/' },
  ],
};

describe('buildAnswerSheet', () => {
  const rows = buildAnswerSheet(input);
  const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));

  it('keeps the framework order and answers each item with the right pages', () => {
    expect(rows.map((r) => r.code)).toEqual(['O25', 'O26', 'O20', 'O24', 'O17']);
    expect(byCode.O25!.answers.map((a) => a.url)).toEqual(['https://www.example.go.th/ita/2569/']);
    expect(byCode.O26!.answers.map((a) => a.url)).toEqual([
      'https://www.example.go.th/ita/2569/round-12/',
      'https://www.example.go.th/ita/2569/round-6/',
    ]);
    expect(byCode.O20!.answers.map((a) => a.url)).toEqual([
      'https://www.example.go.th/ita/2569/open/no-gift/',
      'https://www.example.go.th/ita/announcements/ngp-2569/',
    ]);
    // The analysis of last year's result answers this year's item; older years do not.
    expect(byCode.O24!.answers.map((a) => a.url)).toEqual(['https://www.example.go.th/ita/assessment/2568/']);
  });

  it('gives the click path from the home page and the latest update', () => {
    expect(byCode.O20!.answers[0]!.clickPath).toEqual([
      'หน้าแรก',
      'ปีงบประมาณ 2569',
      'ประเด็นที่ 1 การเปิดเผยข้อมูล',
      'ไม่รับของขวัญ',
    ]);
    expect(byCode.O20!.answers[1]!.clickPath).toEqual(['หน้าแรก', 'ประกาศ', 'ประกาศ No Gift Policy']);
    expect(byCode.O20!.updated).toBe('2026-03-05');
    expect(byCode.O25!.updated).toBe('2026-03-05');
  });

  it('keeps an item nothing answers, marked as having no content', () => {
    expect(byCode.O17).toMatchObject({ hasContent: false, answers: [] });
  });
});

describe('answer sheet exports', () => {
  const rows = buildAnswerSheet(input);

  it('writes CSV that Excel opens with Thai intact: BOM, quoted multi-line cells, CRLF rows', () => {
    const csv = toAnswerSheetCsv(rows);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('รหัสข้อ (O),หัวข้อ,URL,URL เพิ่มเติม,เส้นทางจากหน้าแรก,ปรับปรุงล่าสุด,สถานะข้อมูล,ตัวชี้วัด,ปีงบประมาณของข้อมูล');
    expect(lines[1]).toMatch(
      /^O25,มาตรการส่งเสริมคุณธรรม,https:\/\/www\.example\.go\.th\/ita\/2569\/,,หน้าแรก > ปีงบประมาณ 2569,5 มีนาคม 2569,มีข้อมูล,10,2569$/,
    );
    expect(csv).toContain(`O17,ช่องทางร้องเรียน,${NO_CONTENT},,,,${NO_CONTENT},9,2569`);
    expect(csv).toContain(
      ',"หน้าแรก > ปีงบประมาณ 2569 > ประเด็นที่ 1 การเปิดเผยข้อมูล > ไม่รับของขวัญ\nหน้าแรก > ประกาศ > ประกาศ No Gift Policy",',
    );
  });

  it('writes JSON with every item and ISO dates', () => {
    const json = JSON.parse(toAnswerSheetJson(2569, rows));
    expect(json.fiscalYear).toBe(2569);
    expect(json.items).toHaveLength(5);
    expect(json.items[2]).toMatchObject({ code: 'O20', updated: '2026-03-05', coversYear: 2569 });
    // Staff-only fields never reach the public JSON.
    expect(JSON.stringify(json)).not.toMatch(/"note"|"confirmed"|ยังไม่ได้ยืนยัน/);
  });
});
