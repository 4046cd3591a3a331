/** Which digits to print: Thai (๐–๙), as many agencies use in formal documents, or Arabic (0–9). */
export type DigitStyle = 'thai' | 'arabic';

// Thai digits are one contiguous Unicode block, so a code-point shift maps both ways exactly.
const THAI_ZERO = 0x0e50;
const ARABIC_DIGIT = /[0-9]/g;
const THAI_DIGIT = /[\u0e50-\u0e59]/g;

/**
 * Replaces every Arabic digit with its Thai digit ('2568' → '๒๕๖๘').
 * Every digit in the text is converted, so apply it to dates and numbers, not to URLs.
 */
export function toThaiDigits(text: string): string {
  return text.replace(ARABIC_DIGIT, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
}

/** Replaces every Thai digit with its Arabic digit ('๒๕๖๘' → '2568'); the length never changes. */
export function toArabicDigits(text: string): string {
  return text.replace(THAI_DIGIT, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}

/** Prints the digits of `text` in the given style; other characters are left alone. */
export function applyDigitStyle(text: string, style: DigitStyle): string {
  return style === 'thai' ? toThaiDigits(text) : toArabicDigits(text);
}
