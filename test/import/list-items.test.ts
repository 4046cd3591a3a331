import { describe, expect, it } from 'vitest';
import { splitListItems, stripMarker } from '@/lib/import/list-items';

describe('splitListItems', () => {
  it('splits Thai-numbered steps written on one line', () => {
    expect(splitListItems('๑. ทำป้าย ๒. ติดตั้งป้าย ๓. ถ่ายภาพ')).toEqual(['ทำป้าย', 'ติดตั้งป้าย', 'ถ่ายภาพ']);
  });

  it('splits Arabic-numbered steps, also without a space after the dot', () => {
    expect(splitListItems('1.รวบรวมแผน 2. ตรวจแผน')).toEqual(['รวบรวมแผน', 'ตรวจแผน']);
  });

  it('does not split at numbers that are not the next step (years, dates, amounts)', () => {
    expect(splitListItems('๑. จัดทำแผนปี พ.ศ. ๒๕๖๘ จำนวน 3. ชุด ๒. รายงานผล')).toEqual([
      'จัดทำแผนปี พ.ศ. ๒๕๖๘ จำนวน 3. ชุด',
      'รายงานผล',
    ]);
  });

  it('splits dash bullets but keeps hyphens inside words', () => {
    expect(splitListItems('- เปิดระบบ E-Service - อบรมพนักงาน')).toEqual(['เปิดระบบ E-Service', 'อบรมพนักงาน']);
  });

  it('keeps text before the first marker as its own item', () => {
    expect(splitListItems('ดำเนินการดังนี้ 1. ประชุม 2. สรุปผล')).toEqual(['ดำเนินการดังนี้', 'ประชุม', 'สรุปผล']);
  });

  it('gives one item per line when there are no markers', () => {
    expect(splitListItems('บรรทัดแรก\nบรรทัดที่สอง')).toEqual(['บรรทัดแรก', 'บรรทัดที่สอง']);
  });

  it('drops a lone leading number and joins a single item', () => {
    expect(splitListItems('1. มาตรการเดียว')).toEqual(['มาตรการเดียว']);
    expect(stripMarker('๒. ชื่อมาตรการ')).toBe('ชื่อมาตรการ');
  });
});
