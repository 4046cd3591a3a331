import type { Framework, OitItem } from '@/schemas/framework';
import type { OitTopic } from '@/schemas/oit-topic';

/**
 * The OIT answer sheet of one fiscal year: for each OIT item of that year's
 * framework, the pages of this site that answer it. Built from plain data so
 * the page, the CSV and the JSON all come from one tested function.
 */

/** A page of this site that answers an item. */
export interface SheetAnswer {
  /** Full address to paste into the ITAS system. */
  url: string;
  /** Page title. */
  title: string;
  /** Links to click from the home page, in order (the ITAS explanation field asks for it). */
  clickPath: string[];
  /** ISO day the content was last changed, when known. */
  updated?: string | undefined;
}

/** One OIT item of the year with what answers it. */
export interface SheetRow {
  code: string;
  topics: readonly OitTopic[];
  title: string;
  /** ITA indicator (9 or 10). */
  indicator: number;
  /** Sub-group heading of the item that year. */
  group?: string | undefined;
  /** Fiscal year the answers must cover: the assessed year, or the one before for `covers: previous`. */
  coversYear: number;
  /** False when the O-code is not confirmed from NACC's material (the framework file says why). */
  confirmed: boolean;
  note?: string | undefined;
  answers: SheetAnswer[];
  /** Latest `updated` among the answers. */
  updated?: string | undefined;
  hasContent: boolean;
}

/** What the sheet needs to know about the site, already turned into paths. */
export interface SheetInput {
  fiscalYear: number;
  framework: Framework;
  /** Turns a site path (with base) into a full address. */
  absolute: (path: string) => string;
  /** Labels of the links a visitor clicks (from the UI dictionary). */
  labels: {
    home: string;
    year: (year: number) => string;
    announcements: string;
    assessment: (year: number) => string;
    answerSheet?: (year: number) => string;
  };
  yearPage: { path: string; title: string; updated?: string | undefined } | undefined;
  /** `issueStep` is the issue's link text on the year page, e.g. ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล. */
  measures: {
    title: string;
    issueStep: string;
    path: string;
    oitTopics: readonly OitTopic[];
    updated?: string | undefined;
  }[];
  announcements: {
    title: string;
    kind: string;
    path: string;
    oitTopics: readonly OitTopic[];
    updated?: string | undefined;
  }[];
  reports: { title: string; path: string; clickLabel: string; updated?: string | undefined }[];
  /** The previous fiscal year's round-12 report, answering a `covers: previous` report item. */
  previousReports?: { title: string; path: string; clickLabel: string; updated?: string | undefined }[];
  assessments: { fiscalYear: number; title: string; path: string; updated?: string | undefined }[];
  /** The year's own OIT item pages (content/oit/<year>/<code>.mdx): each answers its item first. */
  itemPages?: { code: string; title: string; path: string; updated?: string | undefined }[];
}

const KIND_TOPIC: Record<string, OitTopic> = {
  'no-gift-policy': 'no-gift-policy',
  'integrity-intent': 'integrity-intent',
};

/** Rows in the framework's order; an item nothing answers keeps an empty row, so a gap shows plainly. */
export function buildAnswerSheet(input: SheetInput): SheetRow[] {
  return input.framework.oitItems.map((item) => {
    const answers = findAnswers(item, input);
    const updated = latest(answers.map((a) => a.updated));
    const coversYear = item.covers === 'previous' ? input.fiscalYear - 1 : input.fiscalYear;
    return {
      code: item.code,
      topics: item.topics,
      title: item.title,
      indicator: item.indicator,
      group: item.group,
      coversYear,
      confirmed: item.confirmed,
      note: item.note,
      answers,
      updated,
      hasContent: answers.length > 0,
    };
  });
}

function findAnswers(item: OitItem, input: SheetInput): SheetAnswer[] {
  const { labels, absolute, fiscalYear } = input;
  const yearStep = labels.year(fiscalYear);
  const answers: SheetAnswer[] = [];
  const has = (t: OitTopic) => item.topics.includes(t);
  // Its own page first, then the pages of other items the framework says also answer it.
  const pages = input.itemPages ?? [];
  for (const page of [
    ...pages.filter((p) => p.code === item.code),
    ...(item.pages ?? []).flatMap((code) => pages.filter((p) => p.code === code)),
  ]) {
    const sheetStep = labels.answerSheet?.(fiscalYear);
    answers.push({
      url: absolute(page.path),
      title: page.title,
      clickPath: [labels.home, ...(sheetStep ? [sheetStep] : []), `${page.code} ${page.title}`],
      updated: page.updated,
    });
  }
  if (has('integrity-measures') && input.yearPage && input.measures.length) {
    answers.push({
      url: absolute(input.yearPage.path),
      title: input.yearPage.title,
      clickPath: [labels.home, yearStep],
      updated: latest(input.measures.map((m) => m.updated)),
    });
  }
  if (has('integrity-measures-report')) {
    // A previous-year item (2568 O28, 2569 O26) asks for last year's 12-month report; otherwise newest round first.
    const previous = item.covers === 'previous';
    const rounds = previous ? (input.previousReports ?? []) : [...input.reports].reverse();
    const step = previous ? labels.year(fiscalYear - 1) : yearStep;
    for (const r of rounds)
      answers.push({
        url: absolute(r.path),
        title: r.title,
        clickPath: [labels.home, step, r.clickLabel],
        updated: r.updated,
      });
  }
  if (has('ita-analysis')) {
    for (const a of input.assessments.filter((x) => x.fiscalYear === fiscalYear - 1 || x.fiscalYear === fiscalYear)) {
      answers.push({
        url: absolute(a.path),
        title: a.title,
        clickPath: [labels.home, labels.assessment(a.fiscalYear)],
        updated: a.updated,
      });
    }
  }
  // The year page lists every measure, so for the measures item it alone is the answer, not thirty links.
  const tagged = has('integrity-measures') && answers.length ? [] : input.measures.filter((x) => x.oitTopics.some(has));
  for (const m of tagged) {
    answers.push({
      url: absolute(m.path),
      title: m.title,
      clickPath: [labels.home, yearStep, m.issueStep, m.title],
      updated: m.updated,
    });
  }
  for (const a of input.announcements.filter(
    (x) => x.oitTopics.some(has) || (KIND_TOPIC[x.kind] !== undefined && has(KIND_TOPIC[x.kind]!)),
  )) {
    answers.push({
      url: absolute(a.path),
      title: a.title,
      clickPath: [labels.home, labels.announcements, a.title],
      updated: a.updated,
    });
  }
  const seen = new Set<string>();
  return answers.filter((a) => !seen.has(a.url) && seen.add(a.url));
}

function latest(days: (string | undefined)[]): string | undefined {
  return days
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
}
