import { toArabicDigits } from '../thai/numerals';

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
}

const LABELLED = /^(ประเด็น|ตัวชี้วัด|ชี้วัด|ด้าน)\s*(?:ที่)?\s*([0-9๐-๙]{1,2})\s*[.:)]?\s*([\s\S]*)$/;
const NUMBERED = /^([0-9๐-๙]{1,2})\s*[.)]\s*(\S[\s\S]*)$/;

/** Reads a section heading; `undefined` when the text is not one. */
export function parseSection(text: string, { allowBareNumber }: { allowBareNumber: boolean }): Section | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  const labelled = LABELLED.exec(clean);
  if (labelled) {
    const label = labelled[1] === 'ประเด็น' ? 'ประเด็น' : labelled[1] === 'ด้าน' ? undefined : 'ตัวชี้วัด';
    return { ...(label ? { label } : {}), number: Number(toArabicDigits(labelled[2]!)), title: labelled[3]!.trim(), text: clean };
  }
  const numbered = allowBareNumber ? NUMBERED.exec(clean) : null;
  if (numbered) return { number: Number(toArabicDigits(numbered[1]!)), title: numbered[2]!.trim(), text: clean };
  return undefined;
}
