/**
 * Search filters of a page (fiscal year, issue, kind of page), read from the
 * `data-page-kind`, `data-fiscal-year` and `data-issue` attributes the layout
 * puts on `<main>`. Filter names and values are Thai: the filter pane shows them as they are.
 */
import { searchUi } from '@/lib/i18n/ui';
import { applyDigitStyle } from '@/lib/thai/numerals';
import type { ValidatedContent } from '@/lib/validate/validate-content';

/** Pagefind filters: filter name → values. */
export type PageFilters = Record<string, string[]>;

/**
 * Looks up an issue code in that year's framework: the filter it belongs to (the
 * year's own word for its issues, so 2568's ประเด็น and 2569's ตัวชี้วัด are two
 * filters, not one mixed list) and its Thai title.
 */
function issueFilter(
  content: ValidatedContent,
  year: number | undefined,
  code: string,
): { name: string; value: string } {
  const frameworks = content.frameworks.filter((f) => year === undefined || f.data.fiscalYear === year);
  for (const framework of frameworks) {
    // The framework's own number (ประเด็นที่ 7 stays 7 even when a year lists fewer issues), as the pages print it.
    const issue = framework.data.issues.find((i) => i.code === code);
    const label = framework.data.issueLabel;
    if (issue) return { name: label || searchUi.filterIssue, value: `${label} ${issue.number} ${issue.title}` };
  }
  return { name: searchUi.filterIssue, value: code };
}

/**
 * Builds a page's filters from its `<main>` data attributes. Values are printed
 * in the site's digit style (organisation.yaml `digits`), as the pages print them.
 */
export function buildPageFilters(mainData: Readonly<Record<string, string>>, content: ValidatedContent): PageFilters {
  const digits = content.organisation?.data.digits ?? 'arabic';
  const filters: PageFilters = {};
  const kind = mainData['page-kind'];
  if (kind) filters[searchUi.filterKind] = [searchUi.kinds[kind] ?? kind];
  const yearText = mainData['fiscal-year'];
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  if (yearText) filters[searchUi.filterFiscalYear] = [applyDigitStyle(yearText, digits)];
  const issue = mainData['issue'];
  if (issue) {
    const { name, value } = issueFilter(content, year, issue);
    filters[name] = [applyDigitStyle(value, digits)];
  }
  return filters;
}
