import type { Framework } from '@/schemas/framework';
import { buildAnswerSheet } from '@/lib/oit/answer-sheet';
import { summariseCompleteness } from '@/lib/oit/completeness';
import { collectSheetInput, type SheetSources } from '@/lib/oit/sheet-sources';
import { fiscalYearOf } from '@/lib/thai';
import { isPublished, slugOf } from '@/lib/content/entry-id';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import type { ValidatedContent } from '@/lib/validate/validate-content';
import { parseOitItemPath } from '@/schemas/oit-item';
import type { CheckOutcome } from './outcome';

/** The published content as the answer sheet reads it (drafts left out, as the pages leave them out). */
export function sheetSourcesOf(content: ValidatedContent): SheetSources {
  const published = <T extends { data: { draft?: boolean } }>(entries: T[]) => entries.filter(isPublished);
  return {
    digits: 'arabic',
    frameworks: content.frameworks.map((f) => f.data),
    measures: published(content.measures).map((m) => ({ slug: slugOf(m), data: m.data })),
    announcements: published(content.announcements).map((a) => ({ slug: slugOf(a), data: a.data })),
    reports: published(content.reports).map((r) => r.data),
    assessments: published(content.assessments).map((a) => a.data),
    itemPages: published(content.oitItems ?? []).flatMap((p) => {
      const place = parseOitItemPath(p.raw.entry);
      return place ? [{ ...place, data: p.data }] : [];
    }),
  };
}

/**
 * Staff read this before the assessment opens: every item of the current
 * fiscal year that nothing answers yet (a warning; an error with --strict),
 * the per-indicator figures, the codes not yet checked against NACC's handbook
 * (`confirmed: false`) and the framework's staff notes — none of which is on
 * a public page.
 */
export function checkOitItems(content: ValidatedContent, options: { today: string; strict: boolean }): CheckOutcome {
  const year = fiscalYearOf(options.today);
  const framework = content.frameworks.find((f) => f.data.fiscalYear === year)?.data;
  if (!framework || framework.oitItems.length === 0) {
    const noItems = problem('warning', `content/frameworks/${year}.yaml`, undefined, {
      th: `ยังไม่มีรายการข้อ OIT ของปีงบประมาณปัจจุบัน ${year} ให้เพิ่มไฟล์ content/frameworks/${year}.yaml (คัดลอกจากปีล่าสุดแล้วแก้ปี)`,
      en: `there are no OIT items for the current fiscal year ${year}: add content/frameworks/${year}.yaml (copy the newest year's and change the year)`,
    });
    return { name: 'oit-items', problems: [noItems], stats: { items: 0 }, notes: [] };
  }
  const rows = buildAnswerSheet(
    collectSheetInput(year, sheetSourcesOf(content), {
      withBase: (p) => `/${p.replace(/^\/+/, '')}`,
      origin: new URL('https://www.example.go.th/'),
    }),
  );
  const severity = options.strict ? 'error' : 'warning';
  const problems: Problem[] = rows
    .filter((row) => !row.hasContent)
    .map((row) => {
      const topics = row.topics.length ? ` หรือเรื่องที่ติดหัวข้อ ${row.topics.join(', ')}` : '';
      const topicsEn = row.topics.length ? `, or an entry tagged ${row.topics.join(', ')}` : '';
      return problem(severity, `content/oit/${year}/${row.code}.mdx`, undefined, {
        th: `ข้อ ${row.code} «${row.title}» ของปีงบประมาณ ${year} ยังไม่มีข้อมูล (ผู้ประเมินให้ ๐ คะแนน) ให้เพิ่มไฟล์ content/oit/${year}/${row.code}.mdx${topics}`,
        en: `item ${row.code} of fiscal year ${year} has no answer yet (assessors score it 0): add content/oit/${year}/${row.code}.mdx${topicsEn}`,
      });
    });
  const summary = summariseCompleteness(rows);
  const notes = [
    `ปีงบประมาณ ${year}: มีข้อมูล ${summary.answered}/${summary.total} ข้อ (${summary.indicators.map((g) => `ตัวชี้วัดที่ ${g.indicator}: ${g.answered}/${g.total}`).join(', ')}) / fiscal year ${year}: ${summary.answered} of ${summary.total} items answered (${summary.indicators.map((g) => `indicator ${g.indicator}: ${g.answered}/${g.total}`).join(', ')})`,
    ...staffNotes(framework, year),
  ];
  return {
    name: 'oit-items',
    problems,
    stats: {
      items: summary.total,
      answered: summary.answered,
      unconfirmed: framework.oitItems.filter((i) => !i.confirmed).length,
    },
    notes,
  };
}

/** For staff only: unconfirmed codes and the framework's notes (the public pages show neither). */
function staffNotes(framework: Framework, year: number): string[] {
  const unconfirmed = framework.oitItems.filter((i) => !i.confirmed).map((i) => i.code);
  const notes: string[] = [];
  if (unconfirmed.length) {
    notes.push(
      `รหัสข้อที่ยังไม่ได้ยืนยันกับคู่มือ ITA ${year} ของสำนักงาน ป.ป.ช. (confirmed: false) ${unconfirmed.length} ข้อ: ${unconfirmed.join(', ')} ตรวจกับคู่มือแล้วแก้เป็น confirmed: true ใน content/frameworks/${year}.yaml / ${unconfirmed.length} item code(s) not yet checked against NACC's ITA ${year} handbook (confirmed: false): ${unconfirmed.join(', ')}; check them and set confirmed: true in content/frameworks/${year}.yaml`,
    );
  }
  if (framework.provisional)
    notes.push(
      `รายการข้อของปี ${year} เป็นฉบับชั่วคราว (provisional) / the ${year} item list is provisional${framework.provisionalNote ? `: ${framework.provisionalNote}` : ''}`,
    );
  for (const item of framework.oitItems.filter((i) => i.note))
    notes.push(`หมายเหตุเจ้าหน้าที่ ${item.code} / staff note ${item.code}: ${item.note}`);
  return notes;
}
