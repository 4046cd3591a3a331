import type { Framework, FrameworkIssue } from '@/schemas/framework';
import { matchIssue } from './map-issues';
import type { Section } from './sections';

/**
 * Files a row's issue under the year's framework by the surest evidence first:
 * an IIT/EIT question code (i12 → the indicator whose questions list it), an
 * OIT item code of that year's framework (O37 → its indicator), a
 * sub-indicator or indicator number, and only then the number and meaning of
 * the heading (map-issues.ts).
 */
export interface Placement {
  issue: FrameworkIssue;
  how: 'question' | 'oit' | 'sub-indicator' | 'indicator' | 'number' | 'title';
  /** Title similarity when filed by meaning. */
  similarity?: number;
  /** OIT codes the row names that the year's framework lists. */
  oitItems: string[];
  /** Evidence that disagreed with the placement, for the report. */
  conflict?: string;
}

/** Words for the report: how the row was placed, Thai and English. */
export const HOW_LABEL: Record<Placement['how'], [string, string]> = {
  question: ['ตามรหัสข้อคำถาม', 'by question code'],
  oit: ['ตามรหัสข้อ OIT ของกรอบปีนี้', "by the year's OIT code"],
  'sub-indicator': ['ตามเลขตัวชี้วัดย่อย', 'by sub-indicator number'],
  indicator: ['ตามเลขตัวชี้วัด', 'by indicator number'],
  number: ['ตามเลข', 'by number'],
  title: ['ตามความหมายของชื่อ (เดา)', 'by meaning of the title (a guess)'],
};

/** Where a section belongs; `undefined` when nothing places it (the row goes to the unmapped bucket). */
export function placeSection(section: Section, framework: Framework): Placement | undefined {
  const codes = section.codes ?? {};
  const countsIndicators = framework.scheme === 'indicators-10' || framework.issueLabel.includes('ตัวชี้วัด');
  const oitItems = codes.oit && framework.oitItems.some((item) => item.code === codes.oit) ? [codes.oit] : [];
  const byIndicator = (n: number | undefined) =>
    countsIndicators && n !== undefined ? framework.issues.find((i) => i.number === n) : undefined;
  const candidates: { issue: FrameworkIssue | undefined; how: Placement['how'] }[] = [
    {
      issue: codes.question ? framework.issues.find((i) => i.questions.includes(codes.question!)) : undefined,
      how: 'question',
    },
    { issue: byIndicator(framework.oitItems.find((item) => item.code === codes.oit)?.indicator), how: 'oit' },
    { issue: codes.subIndicator ? byIndicator(codes.indicator) : undefined, how: 'sub-indicator' },
    { issue: byIndicator(codes.indicator), how: 'indicator' },
  ];
  const found = candidates.filter((c): c is { issue: FrameworkIssue; how: Placement['how'] } => c.issue !== undefined);
  if (found.length) {
    const [first] = found;
    const other = found.find((c) => c.issue !== first!.issue);
    return {
      issue: first!.issue,
      how: first!.how,
      oitItems,
      ...(other ? { conflict: `${HOW_LABEL[other.how][0]} ได้ ${other.issue.code}` } : {}),
    };
  }
  // A question code the framework does not list still names the question: match its words, never its number.
  const heading = codes.question || codes.oit ? { ...section, number: 0 } : section;
  const match = matchIssue(heading, framework);
  return match ? { issue: match.issue, how: match.how, similarity: match.similarity, oitItems } : undefined;
}
