/** Thai locale helpers: digits, Buddhist-era dates, the fiscal year, report date texts and word breaks. */
export { applyDigitStyle, toArabicDigits, toThaiDigits, type DigitStyle } from './numerals';
export {
  formatBuddhistYear,
  formatEnglishDate,
  formatThaiDate,
  formatThaiDateRange,
  parseIsoDate,
  toIsoDate,
  type ThaiDateFormatOptions,
} from './dates';
export {
  beToCe,
  ceToBe,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
  reportRoundDueDate,
  reportRoundRange,
  type IsoRange,
  type ReportRound,
} from './fiscal-year';
export {
  parseThaiDate,
  parseThaiDateText,
  type DateTextContext,
  type DateTextResult,
  type ThaiDateResult,
} from './parse-date-text';
export { findDateTexts } from './find-date-texts';
export { insertWordBreaks, segmentThaiWords } from './segment';
