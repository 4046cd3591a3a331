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

/** Search page, header search box and search filters (Thai only: the search page is Thai). */
export const searchUi = {
  label: 'ค้นหาในเว็บไซต์',
  button: 'ค้นหา',
  pageTitle: 'ค้นหา',
  intro: 'พิมพ์คำที่เห็นในหน้าใดก็ได้ เช่น ชื่อมาตรการ ปีงบประมาณ หรือคำภาษาอังกฤษ ผลการค้นหาจะแสดงขณะพิมพ์',
  noScript: 'การค้นหาต้องใช้ JavaScript ของเบราว์เซอร์ หากปิดไว้ โปรดเปิดใช้งาน หรือดูรายการทั้งหมดจากหน้าแรก',
  loading: 'กำลังโหลดการค้นหา…',
  loadFailed: 'โหลดการค้นหาไม่สำเร็จ โปรดลองใหม่อีกครั้ง',
  filterFiscalYear: 'ปีงบประมาณ',
  filterIssue: 'ประเด็น',
  filterKind: 'ประเภท',
  kinds: {
    home: 'หน้าแรก',
    report: 'รายงาน',
    issue: 'หน้ารวมประเด็น',
    measure: 'มาตรการ',
    announcement: 'ประกาศ',
    assessment: 'ผลการประเมิน',
  } as Record<string, string>,
} as const;
