/** Strings of the editing app (`npm run edit`), Thai first; English behind the language switch. */
export const editTh = {
  appTitle: 'แก้ไขข้อมูลเว็บไซต์',
  file: 'ไฟล์ (ในโฟลเดอร์ content)',
  open: 'เปิด',
  save: 'บันทึก',
  saved: 'บันทึกแล้ว',
  notSaved: 'ยังไม่ได้บันทึก: แก้ไขช่องที่มีเครื่องหมายก่อน',
  language: 'English',
  body: 'เนื้อหา (ไม่แก้ไขในหน้านี้)',
};

export const editEn: Record<keyof typeof editTh, string> = {
  appTitle: 'Edit the site content',
  file: 'File (inside the content folder)',
  open: 'Open',
  save: 'Save',
  saved: 'Saved',
  notSaved: 'Not saved: fix the marked fields first',
  language: 'ภาษาไทย',
  body: 'Body (not edited on this page)',
};
