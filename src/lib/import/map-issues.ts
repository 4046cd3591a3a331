import type { Framework, FrameworkIssue } from '@/schemas/framework';
import type { Section } from './sections';

/**
 * Files a report's section under an issue of the target year's framework,
 * by number when the report and the framework count the same things
 * (ประเด็น with ประเด็น, ตัวชี้วัด with ตัวชี้วัด) and by the meaning of the
 * title otherwise, or when the title clearly names another issue.
 */
export interface IssueMatch {
  issue: FrameworkIssue;
  /** How it was matched, for the report. */
  how: 'number' | 'title';
  /** Title similarity, 0–1. */
  similarity: number;
}

// Words every title shares; left in, they make unrelated titles look alike.
const COMMON = /กระบวนการ|การ|และ|ของ|ใน|ที่|หน่วยงาน|ให้|มี|ความ|ประเด็น|ตัวชี้วัด|\s|[0-9๐-๙.()/-]/g;

function bigrams(text: string): string[] {
  const clean = text.toLowerCase().replace(COMMON, '');
  return Array.from({ length: Math.max(0, clean.length - 1) }, (_, i) => clean.slice(i, i + 2));
}

/** Dice similarity of two titles' character pairs: 1 for the same words, near 0 for unrelated ones. */
export function titleSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (!left.length || !right.length) return 0;
  const pool = new Map<string, number>();
  for (const pair of right) pool.set(pair, (pool.get(pair) ?? 0) + 1);
  let shared = 0;
  for (const pair of left) {
    const count = pool.get(pair) ?? 0;
    if (count > 0) {
      shared += 1;
      pool.set(pair, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

// Topics that reports name in different words: a 10-indicator title such as
// "ประสิทธิภาพการสื่อสาร" means the same as the ประเด็น "ช่องทาง…การประชาสัมพันธ์".
const CONCEPTS: RegExp[] = [
  /สื่อสาร|ประชาสัมพันธ์|ข่าวสาร|เผยแพร่|เปิดเผยข้อมูล|communicat|disclos/i,
  /งบประมาณ|จัดซื้อ|จัดจ้าง|budget|procure/i,
  /ทรัพย์สิน|property/i,
  /อำนาจ|บริหารงานบุคคล|authority/i,
  /ทุจริต|corrupt/i,
  /บริการ|e-?service/i,
  /ปฏิบัติหน้าที่|ปฏิบัติงาน|duty|work process/i,
];

/** Shared topics as a score: 0 for none, 0.6 and up when the titles name the same topic. */
export function conceptSimilarity(a: string, b: string): number {
  const shared = CONCEPTS.filter((c) => c.test(a) && c.test(b)).length;
  return shared ? Math.min(1, 0.5 + 0.1 * shared) : 0;
}

const similarity = (a: string, b: string): number => Math.max(titleSimilarity(a, b), conceptSimilarity(a, b));

const LABEL_OF_SCHEME: Record<Framework['scheme'], Section['label'] | undefined> = {
  'issues-7': 'ประเด็น',
  'indicators-10': 'ตัวชี้วัด',
  custom: undefined,
};

/** The framework issue a section belongs to, or `undefined` when none fits. */
export function matchIssue(section: Section, framework: Framework): IssueMatch | undefined {
  const frameworkLabel =
    LABEL_OF_SCHEME[framework.scheme] ?? (framework.issueLabel.includes('ตัวชี้วัด') ? 'ตัวชี้วัด' : 'ประเด็น');
  const sameCounting = !section.label || section.label === frameworkLabel;
  const scored = framework.issues
    .map((issue) => ({ issue, similarity: similarity(section.title, issue.title) }))
    .sort((a, b) => b.similarity - a.similarity);
  const best = scored[0];
  // A bare "2. …" may count anything; trust its number only when its title agrees.
  const numberCounts = sameCounting && (section.label !== undefined || !section.title);
  const byNumber = scored.find(
    (s) => s.issue.number === section.number && (numberCounts || (sameCounting && s.similarity >= 0.25)),
  );
  if (byNumber) {
    const titleNamesAnother =
      best && best.issue !== byNumber.issue && best.similarity >= 0.5 && byNumber.similarity < 0.2;
    if (!titleNamesAnother) return { issue: byNumber.issue, how: 'number', similarity: byNumber.similarity };
  }
  // A heading that contains an issue's whole title ("ผลคุณภาพการดำเนินงาน") names that issue, whatever topic words it shares with others.
  const squash = (text: string) => text.replace(/\s+/g, '');
  const contained = framework.issues
    .filter((i) => squash(section.title).includes(squash(i.title)))
    .sort((a, b) => b.title.length - a.title.length)[0];
  if (contained) return { issue: contained, how: 'title', similarity: 1 };
  if (best && best.similarity >= 0.35 && best.similarity - (scored[1]?.similarity ?? 0) >= 0.05)
    return { issue: best.issue, how: 'title', similarity: best.similarity };
  return undefined;
}
