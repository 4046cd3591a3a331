/**
 * Calendar-day helpers shared by the Thai date modules. Every calendar day here is a
 * day in Asia/Bangkok, whatever time zone the build machine runs in.
 */

/** The only time zone the site uses. */
export const BANGKOK_TIME_ZONE = 'Asia/Bangkok';

/** A Gregorian calendar day (CE year, month 1–12, day 1–31). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// An ISO timestamp must carry its own zone; a bare local time would depend on the build machine.
const ISO_TIMESTAMP_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})$/;

// latn + gregory pin the output so formatToParts always yields Arabic CE numbers.
const bangkokDayFormat = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
  timeZone: BANGKOK_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** Bangkok's UTC offset as Intl reports it ('+07:00'), so no offset is hard-coded. */
const BANGKOK_OFFSET = readBangkokOffset();

function readBangkokOffset(): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: BANGKOK_TIME_ZONE,
    timeZoneName: 'longOffset',
  }).formatToParts(new Date(Date.UTC(2000, 0, 1)));
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  const offset = name.replace(/^GMT/, '');
  // Noon UTC is 19:00 the same day in Bangkok, so 'Z' is a safe fallback for an odd ICU.
  return /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : 'Z';
}

/** Number of days in a Gregorian month; pure calendar arithmetic, so UTC is safe here. */
export function countDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the numbers name a real calendar day (rejects 31 February and friends). */
export function isRealDay({ year, month, day }: CalendarDay): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= countDaysInMonth(year, month)
  );
}

/** Writes a calendar day as 'YYYY-MM-DD'. */
export function composeIsoDate({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads 'YYYY-MM-DD' into a calendar day, or undefined when it is not a real day. */
export function readIsoDay(iso: string): CalendarDay | undefined {
  const match = ISO_DAY.exec(iso.trim());
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDay(day) ? day : undefined;
}

/** Day of the week (0 = Sunday) of a calendar day. */
export function getWeekdayOf({ year, month, day }: CalendarDay): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The calendar day an instant falls on in Bangkok. */
export function getBangkokDay(date: Date): CalendarDay {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  const parts = bangkokDayFormat.formatToParts(date);
  const read = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return { year: read('year'), month: read('month'), day: read('day') };
}

/** Noon in Bangkok on the given day: far from midnight, so no formatter can shift the day. */
export function makeBangkokNoon(day: CalendarDay): Date {
  return new Date(`${composeIsoDate(day)}T12:00:00${BANGKOK_OFFSET}`);
}

/**
 * Accepts a Date, an ISO day ('2024-10-01', read as that day in Bangkok) or an ISO
 * timestamp with an explicit zone; anything else is a programming error and throws.
 */
export function readDateInput(input: Date | string): Date {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError('Invalid Date');
    return input;
  }
  const day = readIsoDay(input);
  if (day) return makeBangkokNoon(day);
  if (ISO_TIMESTAMP_WITH_ZONE.test(input.trim())) {
    const date = new Date(input.trim());
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new RangeError(`Not an ISO date: "${input}"`);
}
