import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessmentSchema } from '@/schemas/assessment';
import { planImport, type ImportPlan } from '@/lib/import/run-import';
import { FIXTURES, PROJECT_ROOT } from './helpers';

/**
 * The four report shapes of issue #15 (test/fixtures/import/shapes/, made by
 * `npm run make:import-fixtures`), each as Word and as pasted text, imported
 * against the project's own framework files. Counts made by hand from shapes.ts:
 * one measure per row with steps, rows without steps joined to the one above.
 */
const SHAPES = join(FIXTURES, 'shapes');

interface Expected {
  year: number;
  /** Measures per issue code. */
  perIssue: Record<string, number>;
  /** Paths (inside content/measures/<year>/) that must stay drafts, and why. */
  drafts: Record<string, string[]>;
  oitItems?: Record<string, string[]>;
  status?: Record<string, string | null>;
}

const EXPECTED: Record<string, Expected> = {
  // Indicator 10 by O37 and 10.1, 9 by O18 and 9.2, e6 → 7, i12 → 2, "ผลคุณภาพการดำเนินงาน…" → 6 by its title; the last row continues the one above.
  'improvement-plan': {
    year: 2567,
    perIssue: { 'oit-10': 1, 'oit-9': 1, 'eit-7': 1, 'iit-2': 1, 'eit-6': 1 },
    drafts: { 'm-10-1': ['period'] },
    oitItems: { 'm-10-1': ['O37'], 'm-9-1': ['O18'] },
  },
  // i3 → 1 with its two sub-items, e11 → 8, O25 → 9 (2566's O25 is in indicator 9), one issue no framework has.
  'question-codes': {
    year: 2566,
    perIssue: { 'iit-1': 2, 'eit-8': 1, 'oit-9': 1, unmapped: 1 },
    drafts: { 'm-8-1': ['status'], 'unmapped-1': ['unmapped'] },
    oitItems: { 'm-9-1': ['O25'] },
    status: { 'm-1-1': 'done', 'm-1-2': 'in-progress', 'm-8-1': null, 'm-9-1': 'done', 'unmapped-1': 'planned' },
  },
  // Indicator 4, sub-indicator 9.2 → 9, ตัวชี้วัดย่อยที่ 10.2 → 10.
  'scores-no-total': { year: 2567, perIssue: { 'iit-4': 1, 'oit-9': 1, 'oit-10': 1 }, drafts: {} },
  // Headings between the tables set the indicator: two measures under 7, one under 8; the mixed results/obstacles column says no status.
  memo: {
    year: 2566,
    perIssue: { 'eit-7': 2, 'eit-8': 1 },
    drafts: { 'm-7-1': ['status'], 'm-7-2': ['status'], 'm-8-1': ['status'] },
  },
};

const count = (plan: ImportPlan) => {
  const counts: Record<string, number> = {};
  for (const m of plan.measures) counts[String(m.data.issue)] = (counts[String(m.data.issue)] ?? 0) + 1;
  return counts;
};

for (const [name, expected] of Object.entries(EXPECTED)) {
  for (const ext of ['docx', 'txt']) {
    describe(`${name}.${ext}`, async () => {
      const plan = await planImport({ source: join(SHAPES, `${name}.${ext}`), root: PROJECT_ROOT });
      const bySlug = new Map(plan.measures.map((m) => [m.slug, m]));

      it('imports the hand-counted number of measures under the right issues, none refused', () => {
        expect(plan.fiscalYear).toBe(expected.year);
        expect(count(plan)).toEqual(expected.perIssue);
        expect(plan.notes.filter((n) => n.severity === 'error')).toEqual([]);
        expect(plan.notes.filter((n) => /unknown kind/.test(n.en))).toEqual([]);
      });

      it('keeps exactly the measures the report leaves incomplete as drafts, saying why', () => {
        const drafts = Object.fromEntries(plan.measures.filter((m) => m.draft).map((m) => [m.slug, m.draftReasons]));
        expect(drafts).toEqual(expected.drafts);
        for (const m of plan.measures.filter((m) => m.draft))
          for (const key of m.draftReasons.filter((r) => r !== 'unmapped'))
            expect(m.text).toMatch(new RegExp(`^${key}: # ต้องเติม`, 'm'));
      });

      // Only the shapes whose rows name OIT codes or carry a status column have these checks (no skipped tests).
      if (expected.oitItems) {
        it('keeps the OIT code the row names on the measure', () => {
          for (const [slug, codes] of Object.entries(expected.oitItems ?? {}))
            expect(bySlug.get(slug)?.data.oitItems, slug).toEqual(codes);
        });
      }
      if (expected.status) {
        it('writes a status only where the report states one', () => {
          for (const [slug, status] of Object.entries(expected.status ?? {}))
            expect(bySlug.get(slug)?.data.status, slug).toBe(status);
        });
      }
    });
  }
}

describe('what the new shapes say about titles, periods and scores', async () => {
  const plan = await planImport({ source: join(SHAPES, 'improvement-plan.docx'), root: PROJECT_ROOT });
  const questions = await planImport({ source: join(SHAPES, 'question-codes.txt'), root: PROJECT_ROOT });

  it('takes the title from the steps cell when there is no title column, and says so', () => {
    expect(plan.measures.find((m) => m.slug === 'm-2-1')!.data.title).toBe(
      'จัดวาระชี้แจงการใช้จ่ายงบประมาณในการประชุมพนักงานทุกไตรมาส',
    );
    expect(plan.measures.find((m) => m.slug === 'm-10-1')!.data.title).toBe('ทำตารางติดตามมาตรการรายไตรมาส');
    expect(plan.notes.filter((n) => /the title is the first sentence of the steps cell/.test(n.en))).toHaveLength(5);
  });

  it('reads the period from the column whose cells are dates, and the deadline header as monitoring', () => {
    expect(plan.measures.find((m) => m.slug === 'm-7-1')!.data.period).toBe('ม.ค. - มี.ค. ๒๕๖๗');
    expect(plan.measures.find((m) => m.slug === 'm-7-1')!.text).toContain(
      '## การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ\n\n- รายงานในที่ประชุมประจำเดือน',
    );
    expect(
      plan.notes.some(
        (n) => n.place?.header === 'การดำเนินการ' && /cells are dates, so it is read as the period/.test(n.en),
      ),
    ).toBe(true);
  });

  it('joins the row without steps to the measure above it', () => {
    expect(plan.measures.find((m) => m.slug === 'm-6-1')!.text).toContain('- ติดตามผลแบบสำรวจทุกสิ้นเดือน');
  });

  it('files a heading by meaning only as a CHECK with its text, and by the title it contains', () => {
    const check = plan.notes.find((n) => n.severity === 'warning' && /filed under eit-6 by meaning/.test(n.en));
    expect(check?.text).toBe('ผลคุณภาพการดำเนินงานด้านการให้ข้อมูลแก่ผู้มาติดต่อยังต่ำ');
  });

  it("keeps the question and its sub-item as the measure's issue text", () => {
    const second = questions.measures.find((m) => m.slug === 'm-1-2')!;
    expect(second.text).toMatch(
      /^# ประเด็นตามรายงานเดิม: i3 บุคลากรเห็นว่าการมอบหมายงานยังไม่เป็นธรรม ⏎ ๒\. การประเมินผลงานอย่างเปิดเผย$/m,
    );
    const unmapped = questions.measures.find((m) => m.slug === 'unmapped-1')!;
    expect(unmapped.path).toBe('content/measures/2566/unmapped-1.mdx');
    expect(unmapped.text).toContain('- ข้อเสนอจากเวทีประชาคมหมู่บ้าน');
  });

  it('publishes the assessment whose ten scores, total and level are all read and agree, under the year assessed', async () => {
    const scores = await planImport({ source: join(SHAPES, 'scores-no-total.docx'), root: PROJECT_ROOT });
    expect(scores.assessment).toMatchObject({ path: 'content/assessments/2566.yaml', published: true, year: 2566 });
    const data = assessmentSchema.parse(parse(scores.assessment!.text));
    expect(data).toMatchObject({ fiscalYear: 2566, totalScore: 87.27, rating: 'A', draft: false });
    expect(data.indicators.map((i) => i.score)).toEqual([94.2, 86.1, 92.4, 81.3, 90, 88.6, 85.3, 83.9, 91.5, 82.75]);
  });

  it("keeps the memo's one-indicator score table as a draft of the year it names, with the level it states", async () => {
    const memo = await planImport({ source: join(SHAPES, 'memo.docx'), root: PROJECT_ROOT });
    expect(memo.assessment).toMatchObject({ path: 'content/assessments/2565.yaml', published: false });
    const data = parse(memo.assessment!.text);
    expect(data).toMatchObject({
      fiscalYear: 2565,
      totalScore: null,
      rating: 'B',
      draft: true,
      indicators: [{ number: 7, score: 83.52 }],
    });
    expect(assessmentSchema.safeParse(data).success).toBe(true);
  });
});
