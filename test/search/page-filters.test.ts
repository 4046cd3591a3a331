import { describe, expect, it } from 'vitest';
import { buildPageFilters } from '@/build/search/page-filters';
import { searchUi } from '@/lib/i18n/ui';
import { twoIssueFramework } from '../support/sample-content';
import type { ValidatedContent } from '@/lib/validate/validate-content';

describe('search filters of a page', () => {
  it("name an issue by the framework's number, not by its place in the list", () => {
    // A year that lists only issues 2 and 7: the second in the list is still ประเด็น 7.
    const content = {
      frameworks: [{ raw: { file: 'content/frameworks/2568.yaml' }, data: twoIssueFramework }],
      measures: [],
      announcements: [],
      assessments: [],
      reports: [],
    } as unknown as ValidatedContent;
    const filters = buildPageFilters(
      { 'page-kind': 'measure', 'fiscal-year': '2568', issue: 'anti-corruption' },
      content,
    );
    expect(filters[searchUi.filterIssue]).toEqual(['ประเด็น 7 การป้องกันการทุจริต']);
    expect(filters[searchUi.filterFiscalYear]).toEqual(['2568']);
  });
});
