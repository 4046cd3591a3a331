import { describe, expect, it } from 'vitest';
import { findDateTexts } from '@/lib/thai/find-date-texts';

describe('findDateTexts', () => {
  it('finds a period inside a table cell', () => {
    expect(findDateTexts('อบรมเจ้าหน้าที่ ๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘ กองคลัง')).toEqual(['๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘']);
  });

  it('drops HTML and keeps the digits as written', () => {
    expect(findDateTexts('<p>ตลอดปีงบประมาณ 2568</p>')).toEqual(['ตลอดปีงบประมาณ 2568']);
    expect(findDateTexts('<p>ต.ค.๖๗-ก.ย.๖๘</p>')).toEqual(['ต.ค.๖๗-ก.ย.๖๘']);
  });

  it('does not swallow list numbering or trailing connectors', () => {
    expect(findDateTexts('๑. จัดทำแผนประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ๒. รายงานผล')).toEqual(['ประจำปีงบประมาณ พ.ศ. ๒๕๖๘']);
    expect(findDateTexts('ประจำปีงบประมาณ 2568 และได้กำหนดมาตรการ')).toEqual(['ประจำปีงบประมาณ 2568']);
    expect(findDateTexts('ได้คะแนนประจำปี พ.ศ. 2568 ที่ 100 คะแนน')).toEqual(['ประจำปี พ.ศ. 2568']);
  });

  it('keeps several dates together so the parser can report them', () => {
    expect(findDateTexts('ประกาศ ๑ ต.ค.๖๗ และ ๑ เม.ย. ๖๘')).toEqual(['๑ ต.ค.๖๗ และ ๑ เม.ย. ๖๘']);
    expect(findDateTexts('รายงานปีละ 2 ครั้ง (รอบ 6 เดือน และ 12 เดือน)')).toEqual(['รอบ 6 เดือน และ 12 เดือน']);
  });

  it('ignores words that only contain date vocabulary', () => {
    for (const text of [
      'ครอบคลุมทุกภารกิจ',
      'ประชุมประจำเดือน',
      'รอบที่ ๑ และรอบที่ ๒',
      'รายไตรมาส',
      'ข้อ 1 จำนวน 100 คน',
      'ถึงแม้ว่า',
    ]) {
      expect(findDateTexts(text), text).toEqual([]);
    }
  });

  it('finds every form the parser reads', () => {
    expect(findDateTexts('เผยแพร่ 2024-10-01 และ 27/12/2567')).toEqual(['2024-10-01 และ 27/12/2567']);
    expect(findDateTexts('ภายในไตรมาสที่ 2 เท่านั้น')).toEqual(['ไตรมาสที่ 2']);
    expect(findDateTexts('ดำเนินการตลอดปี')).toEqual(['ตลอดปี']);
  });
});
