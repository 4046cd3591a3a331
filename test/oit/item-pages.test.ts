import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOitItems } from '@/lib/checks/oit-items';
import { buildAnswerSheet } from '@/lib/oit/answer-sheet';
import { summariseCompleteness } from '@/lib/oit/completeness';
import { collectSheetInput } from '@/lib/oit/sheet-sources';
import { sheetSourcesOf } from '@/lib/checks/oit-items';
import { validateContent } from '@/lib/validate/validate-content';
import { createTempProject } from '../support/temp-project';

let root = '';
beforeAll(() => {
  root = createTempProject('ita-oit-items-');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (front: string, body = 'ข้อความ') => `---\n${front}\n---\n\n${body}\n`;
const location = {
  withBase: (p: string) => `/ita/${p.replace(/^\/+/, '')}`,
  origin: new URL('https://www.example.go.th/'),
};

describe('OIT item pages (content/oit/<year>/<code>.mdx)', () => {
  it('answer their own item first, and the demo answers every 2569 item', () => {
    const { content, problems } = validateContent(root);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const rows = buildAnswerSheet(collectSheetInput(2569, sheetSourcesOf(content), location));
    expect(rows.map((r) => r.code)).toEqual(Array.from({ length: 26 }, (_, i) => `O${i + 1}`));
    expect(rows.every((r) => r.hasContent)).toBe(true);
    const o1 = rows.find((r) => r.code === 'O1')!;
    expect(o1.answers[0]).toMatchObject({
      url: 'https://www.example.go.th/ita/oit/2569/o1/',
      clickPath: ['หน้าแรก', 'ข้อมูลสำหรับตอบแบบ OIT ปีงบประมาณ 2569', 'O1 โครงสร้าง หน้าที่และอำนาจ'],
    });
    expect(rows.find((r) => r.code === 'O7')!.coversYear).toBe(2568);
    expect(summariseCompleteness(rows).indicators).toEqual([
      { indicator: 9, answered: 19, total: 19, missing: [] },
      { indicator: 10, answered: 7, total: 7, missing: [] },
    ]);
  });

  it('a draft page answers nothing, and the item shows up as missing for staff', () => {
    writeFileSync(join(root, 'content/oit/2569/O3.mdx'), page('date: 2025-10-01\ndraft: true'));
    try {
      const { content } = validateContent(root);
      const rows = buildAnswerSheet(collectSheetInput(2569, sheetSourcesOf(content), location));
      expect(rows.find((r) => r.code === 'O3')!.hasContent).toBe(false);
      const outcome = checkOitItems(content, { today: '2026-06-03', strict: false });
      expect(outcome.problems.map((p) => [p.severity, p.file])).toEqual([['warning', 'content/oit/2569/O3.mdx']]);
      expect(outcome.notes[0]).toContain('indicator 9: 18/19');
    } finally {
      rmSync(join(root, 'content/oit/2569/O3.mdx'));
    }
  });

  it('stop the build when the file name is no item of that year, the year has no framework, or a document is missing', () => {
    const files = {
      'content/oit/2569/O27.mdx': page('date: 2025-10-01'),
      'content/oit/2571/O1.mdx': page('date: 2027-10-01'),
      'content/oit/2569/notes.mdx': page('date: 2025-10-01'),
      'content/oit/2568/O1.mdx': page('date: 2024-10-01\ndocuments:\n  - file: 2568/no-such-plan.pdf\n    title: แผน'),
      'content/oit/2568/O2.mdx': page('date: 2024-10-01\nlinks:\n  - href: javascript:alert(1)\n    title: ลิงก์'),
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text, { flag: 'w' });
    }
    try {
      const errors = validateContent(root).problems.filter((p) => p.severity === 'error');
      const about = (file: string) =>
        errors
          .filter((p) => p.file === file)
          .map((p) => p.en)
          .join('\n');
      expect(about('content/oit/2569/O27.mdx')).toContain('fiscal year 2569 has no item O27');
      expect(about('content/oit/2571/O1.mdx')).toContain('add content/frameworks/2571.yaml');
      expect(about('content/oit/2569/notes.mdx')).toContain('must be content/oit/<fiscal year>/<code>.mdx');
      expect(about('content/oit/2568/O1.mdx')).toContain('content/evidence/2568/no-such-plan.pdf does not exist');
      expect(errors.find((p) => p.file === 'content/oit/2568/O2.mdx')?.field).toBe('links[0].href');
    } finally {
      for (const file of Object.keys(files)) rmSync(join(root, file), { force: true });
    }
  });
});

describe("a framework item answered by another item's page", () => {
  it('lists its own page first, then the pages the framework names (pages: [O1])', async () => {
    const { frameworkSchema } = await import('@/schemas/framework');
    const framework = frameworkSchema.parse({
      fiscalYear: 2566,
      scheme: 'custom',
      issues: [{ code: 'a', number: 1, title: 'ก' }],
      oitItems: [
        { code: 'O1', title: 'โครงสร้าง', indicator: 9 },
        { code: 'O3', title: 'อำนาจหน้าที่', indicator: 9, pages: ['O1'] },
      ],
    });
    const rows = buildAnswerSheet(
      collectSheetInput(
        2566,
        {
          digits: 'arabic',
          frameworks: [framework],
          measures: [],
          announcements: [],
          reports: [],
          assessments: [],
          itemPages: [
            { fiscalYear: 2566, code: 'O1', data: { date: '2022-10-01', documents: [], links: [], draft: false } },
          ],
        },
        location,
      ),
    );
    expect(rows.map((r) => [r.code, r.answers.map((a) => a.url)])).toEqual([
      ['O1', ['https://www.example.go.th/ita/oit/2566/o1/']],
      ['O3', ['https://www.example.go.th/ita/oit/2566/o1/']],
    ]);
  });
});
