import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { PlannedMeasure } from './plan';
import { ISSUES } from './plan';
import { createRandom, pickInt, pickOne, thaiParagraph, thaiSentence } from './random';

/**
 * Writes a complete, valid `content/` folder for the synthetic organisation
 * (everything except the evidence files, which come from the cached corpus).
 * It follows src/schemas/ exactly; the benchmark validates it before building.
 */
export function writeContent(contentDir: string, years: number[], measures: PlannedMeasure[]): void {
  const write = (path: string, text: string): void => {
    mkdirSync(join(contentDir, path, '..'), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  };
  write('organisation.yaml', stringify(organisation()));
  write(
    'logo.svg',
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#1d4e89"/></svg>\n',
  );
  for (const year of years) {
    write(`frameworks/${year}.yaml`, stringify(framework(year)));
    write(`reports/${year}-6.yaml`, stringify(report(year, 6)));
    write(`reports/${year}-12.yaml`, stringify(report(year, 12)));
    const ofYear = measures.filter((m) => m.year === year);
    write(`assessments/${year}.yaml`, stringify(assessment(year, ofYear)));
    write(`announcements/no-gift-policy-${year}.mdx`, announcement(year, 'th'));
    write(`announcements/no-gift-policy-${year}-en.mdx`, announcement(year, 'en'));
  }
  for (const measure of measures) write(`measures/${measure.year}/${measure.slug}.mdx`, measureFile(measure));
}

/** The measure file; `extraText` lets the benchmark edit one measure's text. */
export function measureFile(m: PlannedMeasure, extraText = ''): string {
  const random = createRandom(50_000 + m.index);
  const ce = m.year - 543;
  const front = {
    fiscalYear: m.year,
    issue: m.issue,
    order: m.order,
    title: `มาตรการ${thaiSentence(random)} ครั้งที่ ${m.index + 1}`,
    summary: thaiSentence(random),
    steps: Array.from({ length: pickInt(random, 2, 5) }, () => thaiSentence(random)),
    period: 'whole-year',
    responsible: [pickOne(random, ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา'])],
    outputs: [thaiSentence(random)],
    outcomes: [thaiSentence(random)],
    status: pickOne(random, ['done', 'in-progress', 'done', 'planned'] as const),
    budget: { allocated: pickInt(random, 0, 50) * 10_000, source: 'งบประมาณรายจ่ายประจำปี' },
    progress: [
      { round: 6, status: 'in-progress', outputs: [thaiSentence(random)] },
      { round: 12, status: 'done', outputs: [thaiSentence(random)], outcomes: [thaiSentence(random)] },
    ],
    evidence: {
      photos: m.photos.map((file, i) => ({
        file,
        alt: `ภาพกิจกรรม ${thaiSentence(random)}`,
        caption: thaiSentence(random),
        date: `${ce}-0${(i % 9) + 1}-15`,
      })),
      documents: m.documents.map((file, i) => ({
        file,
        title: `เอกสารประกอบ ${i + 1} ${thaiSentence(random)}`,
        date: `${ce}-03-31`,
      })),
      links: [],
    },
    oitTopics: ['integrity-measures'],
    updated: `${ce}-09-30`,
  };
  const body = Array.from({ length: pickInt(random, 2, 4) }, () => thaiParagraph(random, pickInt(random, 3, 6))).join(
    '\n\n',
  );
  return `---\n${stringify(front)}---\n\n${body}\n${extraText ? `\n${extraText}\n` : ''}`;
}

function organisation(): Record<string, unknown> {
  return {
    name: 'องค์การบริหารส่วนตำบลทดสอบสมรรถนะ',
    shortName: 'อบต.ทดสอบสมรรถนะ',
    nameEn: 'Benchmark Subdistrict Administrative Organization',
    kind: 'sao',
    address: {
      line: 'เลขที่ ๑ หมู่ที่ ๑',
      subdistrict: 'ทดสอบ',
      district: 'สมรรถนะ',
      province: 'นครตัวอย่าง',
      postcode: '39990',
    },
    phone: ['0 4400 0000'],
    email: ['saraban@bench.example.go.th'],
    website: 'https://www.bench.example.go.th/',
    publicUrl: 'https://www.bench.example.go.th/ita/',
    logo: 'logo.svg',
    social: {},
    digits: 'thai',
  };
}

function framework(year: number): Record<string, unknown> {
  return {
    fiscalYear: year,
    scheme: 'issues-7',
    issueLabel: 'ประเด็น',
    issues: ISSUES.map(([code, title], i) => ({ code, number: i + 1, title })),
    oitItems: [
      {
        topic: 'integrity-measures',
        code: 'O36',
        title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        indicator: 10,
      },
      {
        topic: 'no-gift-policy',
        code: 'O31',
        title: 'ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่',
        indicator: 10,
      },
    ],
  };
}

function report(year: number, round: 6 | 12): Record<string, unknown> {
  const ce = year - 543;
  const person = { name: 'นายทดสอบ สมรรถนะ', position: 'ปลัดองค์การบริหารส่วนตำบล' };
  return {
    fiscalYear: year,
    round,
    title: `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ${round} เดือน`,
    reportedOn: round === 6 ? `${ce}-04-10` : `${ce}-10-10`,
    reportedBy: person,
    approvedBy: { name: 'นายตัวอย่าง ผู้บริหาร', position: 'นายกองค์การบริหารส่วนตำบล' },
  };
}

function assessment(year: number, measures: PlannedMeasure[]): Record<string, unknown> {
  const random = createRandom(year);
  return {
    fiscalYear: year,
    totalScore: 80 + pickInt(random, 0, 190) / 10,
    rating: 'A',
    indicators: Array.from({ length: 10 }, (_, i) => ({
      number: i + 1,
      title: `ตัวชี้วัดที่ ${i + 1}`,
      score: 70 + pickInt(random, 0, 300) / 10,
    })),
    improvements: measures.slice(0, 3).map((m, i) => ({
      indicator: 9 + (i % 2),
      issue: thaiSentence(random),
      action: thaiSentence(random),
      answeredBy: [`${m.year}/${m.slug}`],
    })),
  };
}

function announcement(year: number, lang: 'th' | 'en'): string {
  const ce = year - 543;
  const front = {
    kind: 'no-gift-policy',
    title:
      lang === 'th'
        ? `ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ ${year}`
        : `No Gift Policy announcement, fiscal year ${year}`,
    number: `${year % 100}/${year}`,
    date: `${ce - 1}-10-01`,
    fiscalYear: year,
    signatory: { name: 'นายตัวอย่าง ผู้บริหาร', position: 'นายกองค์การบริหารส่วนตำบล' },
    lang,
    translationKey: `no-gift-policy-${year}`,
    oitTopics: ['no-gift-policy'],
  };
  const body =
    lang === 'th'
      ? thaiParagraph(createRandom(year * 7), 5)
      : 'All staff shall neither give nor accept gifts or any other benefit in the course of their duties.';
  return `---\n${stringify(front)}---\n\n${body}\n`;
}
