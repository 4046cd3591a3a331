import { z } from 'zod';

/**
 * The organisation publishing the site (`content/organisation.yaml`).
 * Its contacts are the public ones: the privacy guard allows exactly these.
 */
export const ORGANISATION_KINDS = {
  sao: 'องค์การบริหารส่วนตำบล',
  'subdistrict-municipality': 'เทศบาลตำบล',
  'town-municipality': 'เทศบาลเมือง',
  'city-municipality': 'เทศบาลนคร',
  pao: 'องค์การบริหารส่วนจังหวัด',
  other: 'หน่วยงานภาครัฐ',
} as const;

export const organisationSchema = z.strictObject({
  /** Full Thai name, e.g. องค์การบริหารส่วนตำบลบ้านตัวอย่าง. */
  name: z.string().min(3),
  /** Short Thai name as used in headings, e.g. อบต.บ้านตัวอย่าง. */
  shortName: z.string().min(2),
  /** English name, for English pages. */
  nameEn: z.string().min(3),
  /** Kind of organisation (see ORGANISATION_KINDS). */
  kind: z.enum(
    Object.keys(ORGANISATION_KINDS) as [keyof typeof ORGANISATION_KINDS, ...(keyof typeof ORGANISATION_KINDS)[]],
  ),
  /** Postal address. */
  address: z.strictObject({
    /** House number, village, road. */
    line: z.string().min(1),
    /** ตำบล. */
    subdistrict: z.string().min(1),
    /** อำเภอ. */
    district: z.string().min(1),
    /** จังหวัด. */
    province: z.string().min(1),
    /** Five-digit postcode. */
    postcode: z.string().regex(/^\d{5}$/, { error: 'รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก / the postcode must be 5 digits' }),
  }),
  /** Public phone numbers. */
  phone: z.array(z.string().min(6)).min(1),
  /** Public e-mail addresses. */
  email: z.array(z.email({ error: 'อีเมลไม่ถูกต้อง / not a valid e-mail address' })).min(1),
  /** The organisation's main website. */
  website: z.url({
    protocol: /^https?$/,
    error:
      'ต้องเป็นที่อยู่เว็บเต็ม ขึ้นต้นด้วย https:// เช่น https://www.example.go.th/ / must be a full web address starting with https://, e.g. https://www.example.go.th/',
  }),
  /** Full address where this transparency site is published, including any sub-path, e.g. https://www.example.go.th/ita/. */
  publicUrl: z.url({
    protocol: /^https?$/,
    error:
      'ต้องเป็นที่อยู่เว็บเต็มของเว็บไซต์นี้ ขึ้นต้นด้วย https:// และลงท้ายด้วย / เช่น https://www.example.go.th/ita/ / must be a full web address of this site, starting with https:// and ending with /, e.g. https://www.example.go.th/ita/',
  }),
  /** Logo file inside `content/` (SVG or PNG). */
  logo: z.string().regex(/^[a-z0-9/._-]+\.(?:svg|png)$/),
  /** Social channels. */
  social: z
    .object({
      /** Facebook page address. */
      facebook: z.url().optional(),
      /** LINE Official Account ID, e.g. @example. */
      lineOa: z.string().optional(),
    })
    .default({}),
  /** Digits on the public pages: Thai (๑๒๓), as many official documents use, or Arabic (123). */
  digits: z.enum(['thai', 'arabic']).default('thai'),
});
export type Organisation = z.output<typeof organisationSchema>;
