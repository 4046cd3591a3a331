import { toArabicDigits } from '@/lib/thai/numerals';

/**
 * Reports number the steps inside one cell ("๑. … ๒. …", "1. … 2. …") or mark
 * them with dashes ("- …"), on one line or on several. This splits such a cell
 * into its items. Numbers only count as markers when they run 1, 2, 3 … in
 * order, so "พ.ศ. ๒๕๖๘" or "ข้อ 3." inside a sentence never splits a step.
 */

const NUMBER_MARKER = /(^|\s)([0-9๐-๙]{1,2})\.(?=\s*[^\s0-9๐-๙.])/g;
const BULLET_MARKER = /(^|\s)[-–•●▪]+(?=\s*[^\s\-–•●▪])/g;

/** Splits a cell's text into list items; a cell without markers is one item per line. */
export function splitListItems(text: string): string[] {
  const numbered = splitNumbered(text);
  const items = numbered ?? splitBullets(text) ?? text.split('\n');
  return items.map((item) => item.replace(/\s+/g, ' ').trim()).filter((item) => item.length > 0);
}

/** Removes a leading "๑." / "1." / "-" marker from a single line. */
export function stripMarker(text: string): string {
  return text.replace(/^\s*(?:[0-9๐-๙]{1,2}[.)]|[-–•●▪]+)\s*/, '').trim();
}

function splitNumbered(text: string): string[] | null {
  const cuts: number[] = [];
  let expected = 1;
  for (const match of text.matchAll(NUMBER_MARKER)) {
    const value = Number(toArabicDigits(match[2]!));
    if (value !== expected) continue;
    cuts.push(match.index + match[1]!.length);
    expected += 1;
  }
  if (cuts.length === 0) return null;
  if (cuts.length === 1) return cuts[0] === 0 ? [stripMarker(text)] : null;
  const items: string[] = [];
  const head = text.slice(0, cuts[0]).trim();
  if (head) items.push(head);
  cuts.forEach((cut, i) => items.push(stripMarker(text.slice(cut, cuts[i + 1]))));
  return items;
}

function splitBullets(text: string): string[] | null {
  const cuts = [...text.matchAll(BULLET_MARKER)].map((m) => m.index + m[1]!.length);
  if (cuts.length === 0) return null;
  const items: string[] = [];
  const head = text.slice(0, cuts[0]).trim();
  if (head) items.push(...head.split('\n'));
  cuts.forEach((cut, i) => items.push(stripMarker(text.slice(cut, cuts[i + 1]))));
  return items;
}
