import { describe, expect, it } from 'vitest';
import { kindOfHeader, roleOfHeader, rolesOfRow } from '@/lib/import/columns';

describe('roleOfHeader', () => {
  it.each([
    ['มาตรการ/โครงการ/ กิจกรรม', 'title'],
    ['มาตรการ/แนวทางที่จะดำเนินการ', 'title'],
    ['ขั้นตอน/วิธีการปฏิบัติ', 'steps'],
    ['วิธีการดำเนินการ', 'steps'],
    ['ระยะเวลา ดำเนินการ', 'period'],
    ['หน่วยงาน ผู้รับผิดชอบ', 'responsible'],
    ['ผลการดำเนินการตามมาตรการหรือ กิจกรรม', 'outputs'],
    ['สรุปผลการดำเนินการ', 'outputs'],
    ['Output', 'outputs'],
    ['ผลลัพธ์หรือผลสัมฤทธิ์ใน การดำเนินการ (Outcome/Result)', 'outcomes'],
    ['ผลลัพธ์/ความสำเร็จ', 'outcomes'],
    ['ปัญหา/อุปสรรค', 'obstacles'],
    ['การรายงานผลและการกำกับติดตาม', 'monitoring'],
    ['ตัวชี้วัด', 'issue'],
    ['ชี้วัด', 'issue'],
    ['คะแนน (ร้อยละ)', 'score'],
    ['ประเด็นที่ต้องแก้ไขโดยเร่งด่วน', 'fix'],
    ['เบิกจ่าย', 'disbursed'],
    ['งบประมาณ (บาท)', 'budget'],
  ])('%s → %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it('leaves headers it does not understand unknown', () => {
    expect(roleOfHeader('หมายเหตุ')).toBeUndefined();
  });
});

describe('kindOfHeader', () => {
  it('recognises a measure table, a score analysis and a project-status table', () => {
    expect(kindOfHeader(rolesOfRow(['มาตรการ', 'ขั้นตอน', 'ระยะเวลา', 'ผู้รับผิดชอบ']))).toBe('measures');
    expect(kindOfHeader(rolesOfRow(['ตัวชี้วัด', 'คะแนน', 'ประเด็นที่ต้องแก้ไข', 'มาตรการ', 'ขั้นตอน', 'หน่วยงาน']))).toBe(
      'score-analysis',
    );
    expect(kindOfHeader(rolesOfRow(['โครงการ', 'งบประมาณ', 'เบิกจ่าย', 'สถานะ']))).toBe('project-status');
  });

  it('does not take a content row that mentions a column word for a header', () => {
    expect(kindOfHeader(rolesOfRow(['ประเด็นที่ ๑ กระบวนการปฏิบัติงาน', '', '', '']))).toBe('unknown');
    const longCell = 'มาตรการ'.padEnd(120, 'ก');
    expect(kindOfHeader(rolesOfRow([longCell, longCell]))).toBe('unknown');
  });
});
