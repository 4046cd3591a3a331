import type { MeasureStatus } from '../../schemas/status';

/**
 * Every UI string, Thai first. English exists for the English announcement
 * pages. Add keys here rather than writing text in components.
 */
export const th = {
  siteTitle: 'ข้อมูลคุณธรรมและความโปร่งใส',
  skipToContent: 'ข้ามไปยังเนื้อหา',
  home: 'หน้าแรก',
  fiscalYear: 'ปีงบประมาณ',
  measures: 'มาตรการ',
  measure: 'มาตรการ',
  steps: 'ขั้นตอน/วิธีการปฏิบัติ',
  period: 'ระยะเวลาดำเนินการ',
  wholeFiscalYear: 'ตลอดปีงบประมาณ',
  responsible: 'หน่วยงานผู้รับผิดชอบ',
  outputs: 'ผลการดำเนินการ (Output)',
  outcomes: 'ผลลัพธ์ (Outcome)',
  status: 'สถานะ',
  obstacles: 'ปัญหาและอุปสรรค',
  budget: 'งบประมาณ',
  allocated: 'งบประมาณที่ได้รับ',
  disbursed: 'เบิกจ่ายแล้ว',
  baht: 'บาท',
  noBudget: 'ไม่ใช้งบประมาณ',
  progress: 'ความก้าวหน้าตามรอบรายงาน',
  round: (months: number) => `รอบ ${months} เดือน`,
  evidence: 'หลักฐานการดำเนินการ',
  photos: 'ภาพกิจกรรม',
  documents: 'เอกสาร',
  links: 'ลิงก์ที่เกี่ยวข้อง',
  announcements: 'ประกาศ',
  updated: 'ปรับปรุงล่าสุด',
  footerNote: 'เว็บไซต์นี้สร้างจากข้อมูลมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน',
  status_: {
    planned: 'ยังไม่ดำเนินการ',
    'in-progress': 'อยู่ระหว่างดำเนินการ',
    done: 'ดำเนินการแล้ว',
    'not-done': 'ดำเนินการไม่ได้',
  } satisfies Record<MeasureStatus, string>,
} as const;

export const en = {
  siteTitle: 'Integrity and Transparency',
  skipToContent: 'Skip to content',
  home: 'Home',
  announcements: 'Announcements',
} as const;

/** Looks up the dictionary for a page language. */
export function getStrings(lang: 'th' | 'en'): typeof th | typeof en {
  return lang === 'en' ? en : th;
}

/** Words printed on the social cards (src/lib/og/), in the card's language. */
export const cardText = {
  th: {
    siteName: th.siteTitle,
    fiscalYear: (year: string) => `ปีงบประมาณ ${year}`,
    homeKind: 'หน้าแรก',
    homeTitle: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส และการเปิดเผยข้อมูลสาธารณะ',
    yearKind: 'รายงานประจำปี',
    yearTitle: (year: string) => `รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ${year}`,
    reportKind: (months: string) => `รายงานรอบ ${months} เดือน`,
    measureKind: 'มาตรการ',
    issueBadge: (label: string, number: string, title: string) => `${label}ที่ ${number} ${title}`,
    issueKind: (label: string, number: string) => `${label}ที่ ${number}`,
    updated: (date: string) => `ปรับปรุง ${date}`,
    announcementsKind: 'ประกาศ',
    announcementsTitle: 'ประกาศและนโยบายของหน่วยงาน',
    announcementKind: { 'no-gift-policy': 'นโยบายไม่รับของขวัญ (No Gift Policy)', 'integrity-intent': 'ประกาศเจตจำนงสุจริต', other: 'ประกาศ' },
    assessmentKind: 'ผลการประเมิน ITA',
    assessmentTitle: (year: string) => `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ ${year}`,
    score: (score: string, rating: string) => `คะแนน ${score} · ${rating}`,
    oitKind: 'การเปิดเผยข้อมูลสาธารณะ (OIT)',
    oitTitle: (year: string) => `การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ ${year}`,
    searchKind: 'ค้นหา',
    searchTitle: 'ค้นหามาตรการ ประกาศ และเอกสารหลักฐาน',
    alt: (kind: string, title: string, organisation: string) => `การ์ดแนะนำหน้า: ${kind} — ${title} — ${organisation}`,
  },
  en: {
    siteName: en.siteTitle,
    fiscalYear: (year: string) => `Fiscal year B.E. ${year}`,
    announcementKind: { 'no-gift-policy': 'No Gift Policy', 'integrity-intent': 'Declaration of Integrity Intent', other: 'Announcement' },
    alt: (kind: string, title: string, organisation: string) => `Page card: ${kind} — ${title} — ${organisation}`,
  },
} as const;
