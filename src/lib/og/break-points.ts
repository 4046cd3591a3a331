import { insertWordBreaks } from '@/lib/thai';

/**
 * Splits a title where a line may break: after spaces, and between Thai words
 * where the Thai library puts a zero-width space (never after a leading vowel
 * or before a following vowel or mark). Joining the pieces gives the text back.
 */
export function splitAtBreakPoints(text: string): string[] {
  return insertWordBreaks(text)
    .split(/(?<=[\u200b ])/u)
    .map((piece) => piece.replace(/\u200b/gu, ''))
    .filter((piece) => piece !== '');
}
