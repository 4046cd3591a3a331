import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frameworkSchema } from '@/schemas/framework';
import { settleRolesByCells } from '@/lib/import/column-evidence';
import { readIssueCodes } from '@/lib/import/issue-codes';
import { placeSection } from '@/lib/import/place-row';
import { sectionOfText } from '@/lib/import/sections';
import { PROJECT_ROOT } from './helpers';

const framework = (year: number) =>
  frameworkSchema.parse(parse(readFileSync(join(PROJECT_ROOT, 'content', 'frameworks', `${year}.yaml`), 'utf8')));

describe('the codes an issue cell names', () => {
  it.each([
    ['ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ตัวชี้วัดย่อยที่ ๑๐.๑ … ข้อ O37 …', { indicator: 10, subIndicator: '10.1', oit: 'O37' }],
    ['๙.๒ การบริหารเงินงบประมาณ', { indicator: 9, subIndicator: '9.2' }],
    ['e6 การเผยแพร่ข้อมูลข่าวสาร', { question: 'e6' }],
    ['ข้อคำถาม i๑๒ บุคลากร…', { question: 'i12' }],
    ['(O25) หลักเกณฑ์การบริหารบุคคล', { oit: 'O25' }],
    ['พัฒนาระบบ e-service ให้ใช้ง่าย', {}],
    ['ITA Online ปี 2566', {}],
  ])('%s', (text, codes) => {
    expect(readIssueCodes(text)).toEqual(codes);
  });
});

describe("placing a row under the year's framework", () => {
  const f2566 = framework(2566);
  const place = (text: string, f = f2566) => placeSection(sectionOfText(text), f);

  it('files a question code under the indicator whose questions list it', () => {
    expect(place('i12 บุคลากรไม่แน่ใจ…')).toMatchObject({ issue: { code: 'iit-2' }, how: 'question' });
    expect(place('e6 ผู้รับบริการรู้ช่องทางน้อย')).toMatchObject({ issue: { code: 'eit-7' }, how: 'question' });
  });

  it('files an OIT code under its indicator in that year and keeps the code', () => {
    expect(place('O37 รายงานการกำกับติดตาม')).toMatchObject({ issue: { code: 'oit-10' }, how: 'oit', oitItems: ['O37'] });
    // 2569 has 26 items: O37 is not one of them, so the code is not kept and the words decide.
    expect(place('O37 รายงานการกำกับติดตาม', framework(2569))?.oitItems ?? []).toEqual([]);
  });

  it("says so when the row's evidence disagrees", () => {
    expect(place('ตัวชี้วัดที่ ๙ … ข้อ O37 …')?.conflict).toMatch(/iit|oit-9/);
  });

  it("files a heading that contains an indicator's title under it, not under a neighbour sharing its topic words", () => {
    expect(place('ผลคุณภาพการดำเนินงานด้านการให้ข้อมูล')).toMatchObject({ issue: { code: 'eit-6' }, how: 'title' });
  });

  it('places nothing it cannot stand behind', () => {
    expect(place('ข้อเสนอจากเวทีประชาคมหมู่บ้าน')).toBeUndefined();
  });
});

describe('the period column, found by its cells', () => {
  it('takes the column of dates for the period and gives the deadline header its other meaning', () => {
    const columns = [
      { index: 0, header: 'ขั้นตอน', role: 'steps' as const },
      { index: 1, header: 'การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ', role: 'period' as const },
      { index: 2, header: 'การดำเนินการ' },
    ];
    const body = [
      ['ทำป้าย', 'รายงานนายก', 'ม.ค. ๖๗'],
      ['จัดประชุม', 'รายงานทุกเดือน', 'ตลอดปีงบประมาณ'],
    ];
    const { columns: settled } = settleRolesByCells(columns, body);
    expect(settled.map((c) => c.role)).toEqual(['steps', 'monitoring', 'period']);
    // Steps that happen to name a month stay steps.
    expect(
      settleRolesByCells([{ index: 0, header: 'ขั้นตอน', role: 'steps' }], [['ประชุมเดือน ม.ค.']]).columns[0]!.role,
    ).toBe('steps');
  });
});
