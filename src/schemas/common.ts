import { z } from 'zod';

/**
 * Shared building blocks for the content schemas. Dates in front matter may be
 * ISO (`2025-03-31`), a YAML date, or Thai text the way reports write them
 * (`๓๑ มี.ค. ๖๘`); they all become ISO strings so pages never re-parse text.
 */

/** A Buddhist-era fiscal year such as 2568. Guards against a Gregorian year typed by mistake. */
export const fiscalYearSchema = z
  .number({ error: 'ต้องเป็นปีงบประมาณ พ.ศ. เป็นตัวเลข เช่น 2568 / must be a Buddhist-era fiscal year such as 2568' })
  .int()
  .min(2540, {
    error:
      'ปีงบประมาณต้องเป็นปี พ.ศ. (เช่น 2568) ไม่ใช่ ค.ศ. / the fiscal year must be Buddhist era (e.g. 2568), not Gregorian',
  })
  .max(2700, { error: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568 / the fiscal year must be a Buddhist-era year such as 2568' });

/** A URL-safe identifier: lower-case ASCII letters, digits and single hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error:
    'ใช้ได้เฉพาะอักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) เช่น no-gift-policy / only lower-case a–z, 0–9 and hyphens, e.g. no-gift-policy',
});

/** A person as named on a signed document: name and position are both public on the official notice. */
export const signatorySchema = z.strictObject({
  /** Full name with title, as printed under the signature. */
  name: z.string().min(1),
  /** Position, e.g. นายกองค์การบริหารส่วนตำบล. */
  position: z.string().min(1),
});
export type Signatory = z.output<typeof signatorySchema>;

/**
 * Front matter may hold a YAML date object; YAML reads `2025-03-31` as UTC
 * midnight, so the UTC day is the day the author wrote.
 */
export function normaliseDateInput(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}

/** A money amount in baht. Accepts `1,250,000` written as text too, because reports print it that way. */
export const bahtSchema = z.preprocess(
  (value) => (typeof value === 'string' ? Number(value.replace(/[,\s]|บาท/g, '')) : value),
  z.number({ error: 'ต้องเป็นจำนวนเงินบาท เช่น 150000 / must be an amount in baht, e.g. 150000' }).nonnegative(),
);

/** Text or a list of texts; a single line is the common case in reports. */
export const textListSchema = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z.array(z.string().min(1)),
);
