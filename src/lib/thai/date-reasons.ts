/**
 * Why a date text could not be read, in Thai for the agency's editors and in English
 * for the build log. Kept apart so the parser reads as grammar, not as prose.
 */

/** A refusal to read a date text. */
export interface DateFailure {
  ok: false;
  reason: string;
  reasonEn: string;
}

function refuse(reason: string, reasonEn: string): DateFailure {
  return { ok: false, reason, reasonEn };
}

/** Every refusal the parser can give. */
export const REFUSALS = {
  empty: () => refuse('ไม่มีข้อความวันที่', 'there is no date text'),
  freeText: (words: string) =>
    refuse(`มีข้อความที่ไม่ใช่วันที่: "${words}"`, `contains words that are not part of a date: "${words}"`),
  unrecognised: (piece: string) => refuse(`อ่านรูปแบบวันที่ "${piece}" ไม่ได้`, `unrecognised date pattern "${piece}"`),
  severalDates: () =>
    refuse(
      'มีหลายวันที่ (คั่นด้วย "และ" หรือจุลภาค) ไม่ใช่ช่วงเวลาเดียว — ให้แยกเป็นหลายรายการ หรือเขียนเป็นช่วง "... ถึง ..."',
      'lists several dates (joined by "และ" or a comma), not one period — split them into separate entries or write one range "... ถึง ..."',
    ),
  severalRanges: () =>
    refuse('มีคำว่า "ถึง" หรือขีดคั่นช่วงมากกว่าหนึ่งครั้ง', 'has more than one range separator ("ถึง" or a dash)'),
  incompleteRange: () => refuse('ช่วงเวลาไม่ครบ ขาดวันเริ่มหรือวันสิ้นสุด', 'the range is missing its start or its end'),
  openEnded: () =>
    refuse(
      'ระบุแค่วันเริ่ม ("ตั้งแต่ ..." / "เป็นต้นไป") ไม่มีวันสิ้นสุด',
      'open-ended ("ตั้งแต่ ..." / "เป็นต้นไป"): there is no end date',
    ),
  noYear: () => refuse('ไม่ได้ระบุปี และไม่ทราบว่าเป็นปีงบประมาณใด', 'no year is given and the fiscal year is not known'),
  looksCe: (year: string) =>
    refuse(
      `ปี ${year} ดูเหมือนเป็นปี ค.ศ. — ให้ใช้ปี พ.ศ. หรือเขียน "ค.ศ." ให้ชัด`,
      `the year ${year} looks like a Christian-era year — use the Buddhist-era year, or write "ค.ศ." explicitly`,
    ),
  badYear: (year: string) => refuse(`อ่านปี "${year}" ไม่ได้`, `cannot read the year "${year}"`),
  ambiguousYear: (words: string) =>
    refuse(
      `"${words}" อาจหมายถึงปีปฏิทินหรือปีงบประมาณ — ให้เขียน "ปีงบประมาณ ..." หรือระบุวันเริ่มและวันสิ้นสุด`,
      `"${words}" could mean the calendar year or the fiscal year — write "ปีงบประมาณ ..." or give the start and end days`,
    ),
  dayWithoutMonth: () => refuse('มีแต่เลขวันที่ ไม่มีเดือน', 'a day number without a month'),
  impossibleDay: (iso: string) => refuse(`ไม่มีวันที่นี้ในปฏิทิน (${iso})`, `there is no such day in the calendar (${iso})`),
  endBeforeStart: (start: string, end: string) =>
    refuse(`วันสิ้นสุด (${end}) มาก่อนวันเริ่ม (${start})`, `the end (${end}) comes before the start (${start})`),
  weekdayMismatch: (iso: string) => refuse(`ชื่อวันไม่ตรงกับวันที่ ${iso}`, `the weekday named does not match ${iso}`),
  notSingleDay: () => refuse('เป็นช่วงเวลาหรือทั้งเดือน ไม่ใช่วันเดียว', 'this is a period or a whole month, not a single day'),
} as const;
