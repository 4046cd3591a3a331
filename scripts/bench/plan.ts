import type { CorpusSize } from './presets';

/** The issue codes of the 7 ประเด็น scheme, used for every synthetic year. */
export const ISSUES = [
  ['transparent-process', 'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ'],
  ['e-service', 'การให้บริการตามภารกิจและระบบ E-Service'],
  ['public-communication', 'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ'],
  ['government-property', 'กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ'],
  ['budget-procurement', 'กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง'],
  ['authority-personnel', 'กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล'],
  ['anti-corruption', 'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน'],
] as const;

export const NEWEST_YEAR = 2569;

/** One synthetic measure and the evidence files it references (paths inside content/evidence/). */
export interface PlannedMeasure {
  year: number;
  slug: string;
  issue: string;
  order: number;
  index: number;
  photos: string[];
  documents: string[];
}

/** Which measures exist and which evidence files each one has: shared by the content and the evidence writers. */
export function planOrganisation(size: CorpusSize): { years: number[]; measures: PlannedMeasure[] } {
  const years = Array.from({ length: size.years }, (_, i) => NEWEST_YEAR - size.years + 1 + i);
  const measures: PlannedMeasure[] = [];
  const perIssueOrder = new Map<string, number>();
  for (let index = 0; index < size.measures; index++) {
    const year = years[Math.floor((index * years.length) / size.measures)]!;
    const issue = ISSUES[index % ISSUES.length]![0];
    const key = `${year}/${issue}`;
    const order = (perIssueOrder.get(key) ?? 0) + 1;
    perIssueOrder.set(key, order);
    measures.push({
      year,
      slug: `measure-${String(index + 1).padStart(4, '0')}`,
      issue,
      order,
      index,
      photos: [],
      documents: [],
    });
  }
  // Photos and documents are dealt round-robin so every measure gets its share.
  for (let p = 0; p < size.photos; p++) {
    const m = measures[p % measures.length]!;
    m.photos.push(`${m.year}/${m.slug}-photo-${String(m.photos.length + 1).padStart(2, '0')}.jpg`);
  }
  for (let d = 0; d < size.pdfs; d++) {
    const m = measures[d % measures.length]!;
    m.documents.push(`${m.year}/${m.slug}-doc-${String(m.documents.length + 1).padStart(2, '0')}.pdf`);
  }
  return { years, measures };
}
