import { toArabicDigits } from '@/lib/thai/numerals';
import type { ReportRound } from '@/schemas/status';

/** What a report's title lines say about itself. */
export interface DocumentInfo {
  fiscalYear?: number;
  round?: ReportRound;
  organisation?: string;
}

const YEAR = /ปีงบประมาณ\s*(?:พ\s*\.\s*ศ\s*\.)?\s*([0-9๐-๙]{4})/;
const ROUND = /(?:รอบ|ระยะ)\s*([0-9๐-๙]{1,2})\s*เดือน/;
const ORGANISATION =
  /((?:องค์การบริหารส่วน(?:ตำบล|จังหวัด)|เทศบาล(?:ตำบล|เมือง|นคร)|กรุงเทพมหานคร|เมืองพัทยา|อบต\.|อบจ\.|ทต\.|ทม\.|ทน\.)\S*)/;

/**
 * Reads the fiscal year, reporting round and organisation from the lines
 * above the tables (the report's title page). The first mention wins, as the
 * title comes first.
 */
export function readDocumentInfo(lines: string[]): DocumentInfo {
  const info: DocumentInfo = {};
  for (const raw of lines.slice(0, 40)) {
    const line = toArabicDigits(raw);
    const year = YEAR.exec(line);
    if (year && info.fiscalYear === undefined) info.fiscalYear = Number(year[1]);
    const round = ROUND.exec(line);
    if (round && info.round === undefined && (round[1] === '6' || round[1] === '12'))
      info.round = Number(round[1]) as ReportRound;
    if (info.round === undefined && /ครึ่งปี/.test(line)) info.round = 6;
    const organisation = ORGANISATION.exec(raw);
    if (organisation && info.organisation === undefined) info.organisation = organisation[1];
  }
  return info;
}
