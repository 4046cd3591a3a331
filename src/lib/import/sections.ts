import { toArabicDigits } from '@/lib/thai/numerals';
import { namesACode, readIssueCodes, type IssueCodes } from './issue-codes';

/**
 * A section of the report: "ประเด็นที่ ๑ …", "ตัวชี้วัดที่ ๑ …" or "1. …". The
 * section sets the issue of every measure below it.
 */
export interface Section {
  /** Word the report uses, when it says one. */
  label?: 'ประเด็น' | 'ตัวชี้วัด';
  /** Number as printed. */
  number: number;
  /** Title after the number. */
  title: string;
  /** The whole text as printed. */
  text: string;
  /** Indicator, sub-indicator, question and OIT codes the text names. */
  codes?: IssueCodes;
  /** A numbered sub-item ("๑. …") under a question: the question's section, with the sub-item's own text. */
  subItem?: string;
}

const LABELLED = /^(ประเด็น|ตัวชี้วัด|ชี้วัด|ด้าน)\s*(?:ที่)?\s*([0-9๐-๙]{1,2})\s*[.:)]?\s*([\s\S]*)$/;
const NUMBERED = /^([0-9๐-๙]{1,2})\s*[.)]\s*(\S[\s\S]*)$/;

/** Reads a section heading; `undefined` when the text is not one. */
export function parseSection(text: string, { allowBareNumber }: { allowBareNumber: boolean }): Section | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  const codes = readIssueCodes(clean);
  const withCodes = namesACode(codes) ? { codes } : {};
  const labelled = LABELLED.exec(clean);
  if (labelled) {
    const label = labelled[1] === 'ประเด็น' ? 'ประเด็น' : labelled[1] === 'ด้าน' ? undefined : 'ตัวชี้วัด';
    return {
      ...(label ? { label } : {}),
      number: Number(toArabicDigits(labelled[2]!)),
      title: labelled[3]!.trim(),
      text: clean,
      ...withCodes,
    };
  }
  // A question or OIT code at the start ("e6 การเผยแพร่…", "O25 …") heads a section as surely as a number does.
  const coded =
    /^\(?\s*(?:ข้อคำถาม\s*(?:ที่)?\s*|ข้อ\s*)?([iIeEO]\s?[0-9๐-๙]{1,2}|[0-9๐-๙]{1,2}\.[0-9๐-๙]{1,2})\s*\)?\s*[.:)]?\s*([\s\S]*)$/.exec(
      clean,
    );
  if (coded && namesACode(codes))
    return {
      ...(codes.indicator ? { label: 'ตัวชี้วัด' as const } : {}),
      number: codes.indicator ?? 0,
      title: coded[2]!.trim(),
      text: clean,
      codes,
    };
  const numbered = allowBareNumber ? NUMBERED.exec(clean) : null;
  if (numbered)
    return { number: Number(toArabicDigits(numbered[1]!)), title: numbered[2]!.trim(), text: clean, ...withCodes };
  return undefined;
}

/** A cell's text as the row's issue even when it is no heading: the codes it names still place it. */
export function sectionOfText(text: string): Section {
  const parsed = parseSection(text, { allowBareNumber: true });
  if (parsed) return parsed;
  const clean = text.replace(/\s+/g, ' ').trim();
  const codes = readIssueCodes(clean);
  return {
    ...(codes.indicator ? { label: 'ตัวชี้วัด' as const } : {}),
    number: codes.indicator ?? 0,
    title: clean,
    text: clean,
    ...(namesACode(codes) ? { codes } : {}),
  };
}
