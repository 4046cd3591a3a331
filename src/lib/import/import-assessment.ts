import { stringify } from 'yaml';
import { assessmentSchema } from '@/schemas/assessment';
import { toArabicDigits } from '@/lib/thai/numerals';
import type { AssessmentDraft } from './other-tables';
import { readScoreTable } from './other-tables';
import type { OtherTable } from './interpret-tables';
import type { ImportNote, SourceDocument } from './types';

/**
 * An ITA result is a public claim: the site prints the score and the level.
 * So an assessment is published only when the document gives every
 * indicator's score and the total, the total agrees with the indicators
 * (recomputed), and it states the level. Anything less is written as a draft
 * that keeps the tables as read, for the clerk to complete.
 */

const INDICATOR_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const TOTAL_IN_TEXT = /คะแนน(?:รวม|เฉลี่ยรวม|ภาพรวม|ITA)\s*(?:ทั้งหมด|เท่ากับ|ได้|คือ|=|:)?\s*([0-9]{1,3}(?:\.[0-9]{1,2})?)/;
const LEVEL = /ระดับ\s*(?:ผลการประเมิน\s*)?(AA|A|B|C|D|E|F)(?![A-Za-z])/;
const PASS = /(ไม่ผ่าน|ผ่าน)เกณฑ์/;
const ASSESSED_YEAR = /(?:ผลการประเมิน|ITA)[^\n]{0,80}?(?:ปีงบประมาณ|ประจำปี)\s*(?:พ\s*\.\s*ศ\s*\.)?\s*([0-9]{4})/;

/** What the import does with the score tables of one document. */
export interface AssessmentPlan {
  path: string;
  text: string;
  published: boolean;
  year: number;
}

/** Weighted ITA total (IIT 30 %, EIT 30 %, OIT 40 %) and the plain mean; both are in use. */
export function recomputeTotals(scores: Map<number, number>): { weighted: number; mean: number } {
  const mean = (ns: number[]) => ns.reduce((sum, n) => sum + scores.get(n)!, 0) / ns.length;
  return {
    weighted: 0.3 * mean([1, 2, 3, 4, 5]) + 0.3 * mean([6, 7, 8]) + 0.4 * mean([9, 10]),
    mean: mean(INDICATOR_NUMBERS),
  };
}

/** Plans the assessment file from every score table of the document; `undefined` when there is none. */
export function planAssessment(
  tables: OtherTable[],
  document: SourceDocument,
  reportYear: number,
  file: string,
  notes: ImportNote[],
): AssessmentPlan | undefined {
  if (!tables.length) return undefined;
  const merged: AssessmentDraft = { indicators: [], improvements: [] };
  const kept: string[] = [];
  for (const table of tables) {
    const draft = readScoreTable(table, file, notes);
    for (const indicator of draft.indicators)
      if (!merged.indicators.some((x) => x.number === indicator.number)) merged.indicators.push(indicator);
    merged.improvements.push(...draft.improvements);
    merged.totalScore ??= draft.totalScore;
    kept.push(
      `ตารางที่ ${table.table.index}:`,
      ...table.table.rows.map((row) => `  ${row.map((c) => c.replace(/\s+/g, ' ').trim()).join(' | ')}`),
    );
  }
  const lines = [...tables.flatMap((t) => t.table.before ?? []), ...document.lines].map(toArabicDigits);
  const tableText = tables.flatMap((t) => t.table.rows.flat()).map(toArabicDigits);
  const totalLine = lines.find((line) => TOTAL_IN_TEXT.test(line));
  if (merged.totalScore === undefined && totalLine) merged.totalScore = Number(TOTAL_IN_TEXT.exec(totalLine)![1]);
  const levelLine = [...tableText, ...lines].find(
    (line) => LEVEL.test(line) && /รวม|ภาพรวม|ผลการประเมิน|ITA/.test(line),
  );
  const passLine = lines.find((line) => PASS.test(line) && /ผลการประเมิน|ITA/.test(line));
  const rating = levelLine ? LEVEL.exec(levelLine)![1]! : passLine ? PASS.exec(passLine)![1]! : undefined;
  // A title ("รายงานการวิเคราะห์ผลการประเมิน … ปีงบประมาณ 2566") gives the report's year, not the year assessed.
  const yearLine = [...tables.flatMap((t) => t.table.before ?? []), ...document.lines]
    .map(toArabicDigits)
    .find((line) => ASSESSED_YEAR.test(line) && !/^(?:เรื่อง\s*)?(?:รายงาน|แผน)/.test(line.trim()));
  const year = yearLine ? Number(ASSESSED_YEAR.exec(yearLine)![1]) : reportYear - 1;
  const place = { table: tables[0]!.table.index, row: 1 };
  const say = (severity: ImportNote['severity'], th: string, en: string, source?: string) =>
    notes.push({ severity, file, place, th, en, ...(source ? { text: source } : {}) });
  if (yearLine)
    say(
      'info',
      `ผลการประเมินเป็นของปี ${year} ตามที่เอกสารเขียน`,
      `the result is for ITA ${year}, as the document says`,
      yearLine,
    );
  else
    say(
      'warning',
      `เอกสารไม่ได้บอกปีที่ประเมิน ถือว่าเป็นผลของปี ${year} (รายงานปี ${reportYear} วิเคราะห์ผลปีก่อน)`,
      `the document does not say which ITA year it analyses; taken as ${year} (a report of ${reportYear} analyses the year before)`,
    );

  const scores = new Map(merged.indicators.map((i) => [i.number, i.score]));
  const missing = INDICATOR_NUMBERS.filter((n) => !scores.has(n));
  const reasons: string[] = [];
  if (missing.length)
    reasons.push(
      `อ่านคะแนนได้ ${scores.size} จาก 10 ตัวชี้วัด (ขาดตัวชี้วัดที่ ${missing.join(', ')}) / read ${scores.size} of 10 indicator scores (missing ${missing.join(', ')})`,
    );
  if (merged.totalScore === undefined) reasons.push('ไม่พบคะแนนรวม / no total score found');
  if (!rating) reasons.push('เอกสารไม่ได้ระบุระดับผลการประเมิน / the document states no level');
  if (!missing.length && merged.totalScore !== undefined) {
    const { weighted, mean } = recomputeTotals(scores);
    const agrees = [weighted, mean].some((t) => Math.abs(t - merged.totalScore!) <= 0.02);
    if (!agrees)
      reasons.push(
        `คะแนนรวม ${merged.totalScore} ไม่ตรงกับที่คำนวณจากตัวชี้วัด (ถ่วงน้ำหนัก ${weighted.toFixed(2)}, เฉลี่ย ${mean.toFixed(2)}) / the total ${merged.totalScore} does not agree with the indicators (weighted ${weighted.toFixed(2)}, mean ${mean.toFixed(2)})`,
      );
  }
  const published = reasons.length === 0;
  const path = `content/assessments/${year}.yaml`;
  const data: Record<string, unknown> = {
    fiscalYear: year,
    ...(published ? { totalScore: merged.totalScore, rating } : {}),
    indicators: merged.indicators.sort((a, b) => a.number - b.number),
    improvements: merged.improvements,
  };
  const blanks = published
    ? ''
    : [
        merged.totalScore === undefined
          ? 'totalScore: # ต้องเติม: คะแนนรวม ITA ตามประกาศ ป.ป.ช. / fill in: the total ITA score'
          : `totalScore: ${merged.totalScore} # ตามเอกสาร แต่ยังยืนยันไม่ได้ ดูเหตุผลด้านบน / as the document says, but see the reasons above`,
        rating
          ? `rating: ${rating} # ตามเอกสาร / as the document says`
          : 'rating: # ต้องเติม: ระดับผลการประเมิน เช่น A หรือ B ตามประกาศ ป.ป.ช. / fill in: the level as published',
      ].join('\n') + '\n';
  const parsedOk = assessmentSchema.safeParse({
    ...data,
    ...(published ? {} : { totalScore: merged.totalScore ?? null, rating: rating ?? null, draft: true }),
  }).success;
  if (!parsedOk) reasons.push('ข้อมูลที่อ่านได้ไม่เข้ากับแบบฟอร์มผลการประเมิน / what was read does not fit the assessment form');
  const head = [
    `# นำเข้าจากตารางวิเคราะห์ผลคะแนน ITA ใน ${file}`,
    ...(published
      ? []
      : ['# ฉบับร่าง ยังไม่เผยแพร่ เพราะ / a draft, not published, because:', ...reasons.map((r) => `#   - ${r}`)]),
    '# ตารางตามเอกสารเดิม / the tables as read:',
    ...kept.map((line) => `#${line ? ` ${line}` : ''}`),
  ].join('\n');
  const yaml = stringify(data, { lineWidth: 0 });
  const text = `${head}\n${yaml}${blanks}${published ? '' : 'draft: true # เปลี่ยนเป็น false เมื่อเติมครบและตรวจกับประกาศผลแล้ว / set to false once complete and checked against the published result\n'}`;
  if (published)
    say(
      'info',
      `ผลการประเมินครบ 10 ตัวชี้วัด คะแนนรวมตรงกับที่คำนวณ และระบุระดับ ${rating} นำเข้าเป็น ${path}`,
      `all 10 indicator scores, a total that agrees with them and the level ${rating}: imported as ${path}`,
    );
  else
    say(
      'warning',
      `ตารางคะแนนเขียนเป็นฉบับร่าง ${path} (ไม่เผยแพร่) เพราะ: ${reasons.map((r) => r.split(' / ')[0]).join('; ')}`,
      `the score tables were written as a draft ${path} (not published) because: ${reasons.map((r) => r.split(' / ')[1] ?? r).join('; ')}`,
    );
  return { path, text, published, year };
}
