import { toArabicDigits } from '@/lib/thai/numerals';

/**
 * The codes a report's issue cell can name: the indicator (ตัวชี้วัดที่ ๑๐), a
 * sub-indicator (ตัวชี้วัดย่อยที่ ๑๐.๑), an IIT/EIT question (i12, e6) or an OIT
 * item (O37). Each points at an indicator more surely than the words around it.
 */
export interface IssueCodes {
  indicator?: number;
  /** As printed, e.g. `10.1`. */
  subIndicator?: string;
  /** Lower case, e.g. `i12`. */
  question?: string;
  /** e.g. `O37`. */
  oit?: string;
}

const SUB_INDICATOR = /ตัวชี้วัดย่อย\s*(?:ที่)?\s*(\d{1,2})\s*\.\s*(\d{1,2})|^\s*(\d{1,2})\.(\d{1,2})(?!\d)/;
const INDICATOR = /ตัวชี้วัด\s*(?:ที่)?\s*(\d{1,2})(?!\s*\.\s*\d)(?!\d)/;
// ASCII letters only, so Thai text around a code never hides it and "e-service" is not e-anything.
const QUESTION = /(?<![A-Za-z0-9])([iIeE])\s?(\d{1,2})(?![0-9.]*\d)(?![A-Za-z])/;
const OIT = /(?<![A-Za-z0-9])O\s?(\d{1,2})(?!\d)(?![A-Za-z])/;

/** Reads the codes an issue cell names; an empty object when it names none. */
export function readIssueCodes(text: string): IssueCodes {
  const plain = toArabicDigits(text);
  const codes: IssueCodes = {};
  const sub = SUB_INDICATOR.exec(plain);
  if (sub) {
    const major = sub[1] ?? sub[3]!;
    codes.subIndicator = `${Number(major)}.${Number(sub[2] ?? sub[4]!)}`;
    codes.indicator = Number(major);
  }
  const indicator = INDICATOR.exec(plain);
  if (indicator) codes.indicator = Number(indicator[1]);
  const question = QUESTION.exec(plain);
  if (question) codes.question = `${question[1]!.toLowerCase()}${Number(question[2])}`;
  const oit = OIT.exec(plain);
  if (oit) codes.oit = `O${Number(oit[1])}`;
  return codes;
}

/** True when the cell names any code. */
export function namesACode(codes: IssueCodes): boolean {
  return codes.indicator !== undefined || codes.question !== undefined || codes.oit !== undefined;
}
