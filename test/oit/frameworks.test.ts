import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '@/schemas/framework';

/** Loads a framework file through the same schema the site uses. */
const load = (year: number) =>
  frameworkSchema.parse(parse(readFileSync(new URL(`../../content/frameworks/${year}.yaml`, import.meta.url), 'utf8')));
const codes = (n: number) => Array.from({ length: n }, (_, i) => `O${i + 1}`);

// Pinned from ../shared/research/ita-oit-items.md §3; a change here must come with a new source.
const PINNED: Record<number, Record<string, string>> = {
  2566: {
    O1: 'โครงสร้าง',
    O3: 'อำนาจหน้าที่',
    O18: 'E-Service',
    O28: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
    O31: 'ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่',
    O34: 'การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี',
    O42: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    O43: 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  },
  2568: {
    O1: 'โครงสร้างและอำนาจหน้าที่',
    O18: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
    O21: 'ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่',
    O23: 'การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน',
    O27: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    O28: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  },
  2569: {
    O1: 'โครงสร้าง หน้าที่และอำนาจ',
    O10: 'ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)',
    O17: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
    O19: '(ผล)การเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน',
    O21: 'การประเมินความเสี่ยงการทุจริต(ในหน่วยงานภาครัฐ) ประจำปี',
    O22: 'รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต',
    O24: 'รายงานผลการดำเนินการป้องกันการทุจริต',
    O25: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร',
    O26: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  },
};

describe('framework files 2566–2570', () => {
  it.each([
    [2566, 43],
    [2567, 43],
    [2568, 28],
    [2569, 26],
    [2570, 26],
  ])('%i lists O1–O%i in order, every item unconfirmed with a source', (year, n) => {
    const f = load(year);
    expect(f.fiscalYear).toBe(year);
    expect(f.oitItems.map((i) => i.code)).toEqual(codes(n));
    for (const item of f.oitItems) {
      expect(item.confirmed, `${year} ${item.code}`).toBe(false);
      expect(item.source, `${year} ${item.code}`).toMatch(/ita-oit-items\.md|2569/);
      expect([9, 10]).toContain(item.indicator);
    }
  });

  it.each(Object.entries(PINNED))('%s pins code → title', (year, titles) => {
    const byCode = Object.fromEntries(load(Number(year)).oitItems.map((i) => [i.code, i.title]));
    for (const [code, title] of Object.entries(titles)) expect(byCode[code], `${year} ${code}`).toBe(title);
  });

  it('2567 is the 2566 list, 2570 the 2569 list marked provisional', () => {
    const strip = (year: number) =>
      load(year).oitItems.map(({ code, title, indicator, covers, topics }) => ({
        code,
        title,
        indicator,
        covers,
        topics,
      }));
    expect(strip(2567)).toEqual(strip(2566));
    expect(strip(2570)).toEqual(strip(2569));
    expect(load(2570).provisional).toBe(true);
    expect(load(2570).provisionalNote).toMatch(/2570/);
    expect(load(2569).provisional).toBe(false);
  });

  it("maps the measures, reports, No Gift and risk topics to that year's codes", () => {
    const codeOf = (year: number, topic: string) =>
      load(year)
        .oitItems.filter((i) => i.topics.includes(topic as never))
        .map((i) => i.code);
    expect(codeOf(2569, 'integrity-measures')).toEqual(['O25']);
    expect(codeOf(2569, 'ita-analysis')).toEqual(['O25']);
    expect(codeOf(2569, 'integrity-measures-report')).toEqual(['O26']);
    expect(codeOf(2569, 'no-gift-policy')).toEqual(['O20']);
    expect(codeOf(2569, 'corruption-risk-assessment')).toEqual(['O21']);
    expect(codeOf(2568, 'integrity-measures')).toEqual(['O27']);
    expect(codeOf(2568, 'no-gift-policy')).toEqual(['O21']);
    expect(codeOf(2566, 'integrity-measures')).toEqual(['O42']);
    expect(load(2569).oitItems.find((i) => i.code === 'O26')?.covers).toBe('previous');
    expect(load(2568).oitItems.find((i) => i.code === 'O28')?.covers).toBe('previous');
  });
});
