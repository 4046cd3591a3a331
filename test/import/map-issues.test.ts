import { describe, expect, it } from 'vitest';
import { frameworkSchema, type Framework } from '@/schemas/framework';
import { matchIssue } from '@/lib/import/map-issues';
import { parseSection } from '@/lib/import/sections';

const framework = (scheme: Framework['scheme'], issueLabel: string, titles: string[]): Framework =>
  frameworkSchema.parse({
    fiscalYear: 2568,
    scheme,
    issueLabel,
    issues: titles.map((title, i) => ({ code: `i-${i + 1}`, number: i + 1, title })),
  });

const SEVEN = framework('issues-7', 'ประเด็น', [
  'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ',
  'การให้บริการตามภารกิจและระบบ E-Service',
  'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ',
  'กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ',
  'กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง',
  'กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล',
  'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
]);
const section = (text: string) => parseSection(text, { allowBareNumber: true })!;

describe('matchIssue', () => {
  it('matches a labelled ประเด็น by its number even when worded differently', () => {
    expect(matchIssue(section('ประเด็นที่ ๒ งานบริการประชาชน'), SEVEN)).toMatchObject({
      issue: { code: 'i-2' },
      how: 'number',
    });
  });

  it('matches an indicator onto ประเด็น by meaning, not by number', () => {
    expect(matchIssue(section('ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร'), SEVEN)).toMatchObject({
      issue: { code: 'i-3' },
      how: 'title',
    });
    expect(matchIssue(section('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'), SEVEN)).toMatchObject({
      issue: { code: 'i-4' },
      how: 'title',
    });
  });

  it('finds no issue when the title names nothing in the framework', () => {
    expect(matchIssue(section('ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน'), SEVEN)).toBeUndefined();
  });

  it('trusts a bare number only when its title agrees', () => {
    const ten = framework('indicators-10', 'ตัวชี้วัด', ['การปฏิบัติหน้าที่', 'การใช้งบประมาณ', 'การใช้อำนาจ']);
    expect(matchIssue(section('2. การใช้งบประมาณ'), ten)).toMatchObject({ issue: { code: 'i-2' }, how: 'number' });
    expect(matchIssue(section('2. ช่องทางรับเรื่องร้องเรียน'), ten)).toBeUndefined();
  });
});
