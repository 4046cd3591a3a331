import { describe, expect, it } from 'vitest';
import { makeContent, measure, report } from '../support/content';
import { checkFiscalYears, findFiscalYearMentions } from '@/lib/checks/fiscal-year';

const errorsOf = (o: ReturnType<typeof checkFiscalYears>) => o.problems.filter((p) => p.severity === 'error');

describe('checkFiscalYears', () => {
  it('passes a year whose plan, 6- and 12-month reports all match it', () => {
    const content = makeContent({
      measures: [['2568/a.mdx', measure(2568)]],
      reports: [
        ['2568-6.yaml', report(2568, 6)],
        ['2568-12.yaml', report(2568, 12, { periodStart: '2024-10-01', periodEnd: '2025-09-30' })],
      ],
    });
    expect(checkFiscalYears(content, '2025-10-20').problems).toEqual([]);
  });

  it('stops a 12-month report that does not cover 1 Oct – 30 Sep of its year', () => {
    const content = makeContent({
      reports: [['2568-12.yaml', report(2568, 12, { periodStart: '2023-10-01', periodEnd: '2024-09-30' })]],
    });
    const errors = errorsOf(checkFiscalYears(content, '2025-10-20'));
    expect(errors.map((e) => e.field)).toEqual(['periodStart', 'periodEnd']);
    expect(errors[0]!.th).toContain('1 ตุลาคม 2567');
    expect(errors[0]!.en).toContain('1 October 2024');
  });

  it('stops a report or No Gift Policy whose title names another year or round', () => {
    const content = makeContent({
      reports: [['2569-6.yaml', report(2569, 6, { title: 'รายงานผล รอบ ๑๒ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๘' })]],
      announcements: [
        [
          'ngp.mdx',
          {
            kind: 'no-gift-policy',
            title: 'ประกาศนโยบายไม่รับของขวัญ ประจำปีงบประมาณ พ.ศ. 2568',
            date: '2025-10-01',
            fiscalYear: 2569,
            signatory: { name: 'นายก', position: 'นายก อบต.' },
          },
        ],
      ],
    });
    const errors = errorsOf(checkFiscalYears(content, '2026-04-20'));
    expect(errors).toHaveLength(3);
    expect(errors.map((e) => e.file)).toEqual([
      'content/reports/2569-6.yaml',
      'content/reports/2569-6.yaml',
      'content/announcements/ngp.mdx',
    ]);
  });

  it('warns when a report is dated before its round has ended', () => {
    const content = makeContent({ reports: [['2569-6.yaml', report(2569, 6, { reportedOn: '2026-03-15' })]] });
    const problems = checkFiscalYears(content, '2026-04-20').problems;
    expect(problems.map((p) => [p.severity, p.field])).toEqual([['warning', 'reportedOn']]);
    expect(problems[0]!.en).toContain('15 March 2026 is before the round ends (31 March 2026)');
  });

  it('warns about a plan whose period runs outside its fiscal year', () => {
    const content = makeContent({
      measures: [['2569/a.mdx', measure(2569, { period: { start: '2025-10-01', end: '2026-12-31' } })]],
    });
    expect(checkFiscalYears(content, '2026-01-10').problems).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'period', file: 'content/measures/2569/a.mdx' }),
    ]);
  });

  it('reports a missing 6-month round only once the calendar says it is due', () => {
    const content = makeContent({ measures: [['2569/a.mdx', measure(2569)]] });
    expect(checkFiscalYears(content, '2026-03-31').problems).toEqual([]);
    const due = checkFiscalYears(content, '2026-04-01').problems;
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ severity: 'warning', file: 'content/reports/2569-6.yaml' });
  });

  it('warns when there is no plan for the current fiscal year', () => {
    const content = makeContent({
      measures: [['2568/a.mdx', measure(2568)]],
      reports: [
        ['2568-6.yaml', report(2568, 6)],
        ['2568-12.yaml', report(2568, 12)],
      ],
    });
    expect(checkFiscalYears(content, '2025-12-31').problems).toEqual([]);
    const problems = checkFiscalYears(content, '2026-01-15').problems;
    expect(problems.map((p) => p.en)).toEqual([
      expect.stringContaining('no measures (plan) for the current fiscal year 2569'),
    ]);
  });
});

describe('findFiscalYearMentions', () => {
  it('reads Thai and Arabic digits, with or without พ.ศ.', () => {
    expect(findFiscalYearMentions('ปีงบประมาณ พ.ศ. ๒๕๖๘ และปีงบประมาณ 2569')).toEqual([2568, 2569]);
  });
});
