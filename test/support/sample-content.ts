import { frameworkSchema } from '@/schemas/framework';
import { organisationSchema } from '@/schemas/organisation';

/** A 2568 framework that lists only issues 2 and 7, so an issue's number is never its place in the list. */
export const twoIssueFramework = frameworkSchema.parse({
  fiscalYear: 2568,
  scheme: 'issues-7',
  issues: [
    { code: 'transparency', number: 2, title: 'การเปิดเผยข้อมูล' },
    { code: 'anti-corruption', number: 7, title: 'การป้องกันการทุจริต' },
  ],
});

/** A fictional organisation publishing under /ita/, Thai digits (the schema's default). */
export const sampleOrganisation = organisationSchema.parse({
  name: 'องค์การบริหารส่วนตำบลบ้านทดสอบ',
  shortName: 'อบต.บ้านทดสอบ',
  nameEn: 'Ban Thotsop SAO',
  kind: 'sao',
  address: { line: '1 หมู่ 1', subdistrict: 'ทดสอบ', district: 'ทดสอบ', province: 'ขอนแก่น', postcode: '40000' },
  phone: ['043000000'],
  email: ['saraban@example.go.th'],
  website: 'https://example.go.th/',
  publicUrl: 'https://example.go.th/ita/',
  logo: 'logo.svg',
});

/** A finished measure of twoIssueFramework's anti-corruption issue, as a measure file's front matter gives it. */
export const noGiftMeasureInput = {
  fiscalYear: 2568,
  issue: 'anti-corruption',
  order: 1,
  title: 'ประกาศนโยบาย No Gift Policy',
  steps: ['ประกาศ'],
  responsible: ['สำนักปลัด'],
  status: 'done',
} as const;
