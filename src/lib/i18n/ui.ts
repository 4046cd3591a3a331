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

/** Strings of the OIT answer sheet (/oit/<year>/), for assessors filling the ITAS system. */
export const oitStrings = {
  title: (year: string) => `ข้อมูลสำหรับตอบแบบ OIT ปีงบประมาณ ${year}`,
  intro: 'แต่ละข้อของแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) พร้อมที่อยู่หน้าเว็บที่ตอบข้อนั้น สำหรับคัดลอกไปกรอกในระบบ ITAS',
  code: 'ข้อ',
  item: 'หัวข้อ',
  answer: 'หน้าเว็บที่ตอบข้อนี้',
  clickPath: 'เส้นทางจากหน้าแรก',
  updated: 'ปรับปรุงล่าสุด',
  status: 'สถานะข้อมูล',
  hasContent: 'มีข้อมูล',
  noContent: 'ยังไม่มีข้อมูล',
  copy: 'คัดลอก URL',
  copied: 'คัดลอกแล้ว',
  copyFailed: 'คัดลอกไม่ได้ ให้เลือกข้อความแล้วคัดลอกเอง',
  downloads: 'ดาวน์โหลด',
  csv: 'ตาราง CSV (เปิดด้วย Excel)',
  json: 'ข้อมูล JSON',
  print: 'สั่งพิมพ์หน้านี้ได้จากเมนูของเบราว์เซอร์',
  unconfirmed: 'รหัสข้อยังไม่ได้ยืนยันจากคู่มือของสำนักงาน ป.ป.ช.',
  measuresOf: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  assessmentOf: (year: string) => `ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ ${year}`,
  summary: (answered: string, total: string) => `มีข้อมูล ${answered} จาก ${total} ข้อ`,
  otherYears: 'ปีงบประมาณอื่น',
} as const;
