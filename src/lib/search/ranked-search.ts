/**
 * One search as the search page runs it (browser and Node benchmark alike).
 *
 * What a reader typed becomes span-key terms (span-keys.ts): one prefix term
 * for a short query; for a longer one, the spans that cover it side by side
 * (coverPhrase). Each of those is searched on its own (its positions on every
 * page), and a page has the phrase where every cover span stands at its offset
 * (find-phrase.ts): the same pages and positions as Pagefind's exact phrase of
 * all the spans, for about half the index downloaded. The cover spans together,
 * unquoted, give Pagefind's response (scores, filter counts) for the pages that
 * have them all; those without the phrase are taken out, and the counts with them.
 * Further searches run on the same index (the chunks already loaded): the title
 * (which pages say it in their title, how many times). Pages with the query in
 * their title come first, then by Pagefind's score. Pagefind marks only the
 * position a match starts at; excerpts are rebuilt with the whole match marked,
 * then tidied to start and end on whole words.
 */
import { markExcerpt } from './mark-excerpt';
import { findPhrase, positionsOf, withoutFilters, type FilterCounts } from './find-phrase';
import { toQueryKeys } from './search-units';
import { toQueryTerms } from './span-keys';
import { tidyExcerpt } from './tidy-excerpt';

interface ExcerptData {
  excerpt: string;
  raw_content?: string;
  locations?: number[];
}
/** The parts of a Pagefind result that are used here. */
export interface PagefindResultLike {
  id: string;
  score: number;
  /** Index positions the search matched on the page. */
  words?: number[];
  data(): Promise<ExcerptData & { sub_results?: ExcerptData[] }>;
}
/** The parts of a Pagefind search response that are used here. */
export interface PagefindResponseLike<R extends PagefindResultLike> {
  results: R[];
  unfilteredResultCount?: number;
  /** Per filter and value: how many of the results (filters applied) have it. */
  filters?: FilterCounts;
  /** The same among the results without filters. */
  totalFilters?: FilterCounts;
}
export type Search<R extends PagefindResultLike, T extends PagefindResponseLike<R>> = (
  term: string | null,
  options?: unknown,
) => Promise<T | null>;

/** Pagefind's excerpt length in positions, and its ellipsis (the search page's <pagefind-config>). */
const EXCERPT_LENGTH = 60;
const ELLIPSIS = '…';

function rebuild(data: ExcerptData, covers: number): void {
  if (data.raw_content !== undefined && data.locations?.length) {
    data.excerpt = markExcerpt(data.raw_content, data.locations, covers, EXCERPT_LENGTH, ELLIPSIS);
  }
  data.excerpt = tidyExcerpt(data.excerpt, ELLIPSIS);
}

/** Excerpts marked `covers` units from each match; at `starts` when given (Pagefind's positions otherwise). */
function markData<R extends PagefindResultLike>(result: R, covers: number, starts?: number[]): void {
  const load = result.data.bind(result);
  result.data = async () => {
    const data = await load();
    // Pagefind's own positions are those of every cover span, phrase or not.
    const isStart = (at: number) => !starts || starts.includes(at);
    if (starts) data.locations = starts;
    rebuild(data, covers);
    for (const sub of data.sub_results ?? []) {
      sub.raw_content ??= data.raw_content;
      if (sub.locations) sub.locations = sub.locations.filter(isStart);
      rebuild(sub, covers);
    }
    return data;
  };
}

/** Runs what a reader typed; `null` when nothing searchable was typed. */
export async function searchRanked<R extends PagefindResultLike, T extends PagefindResponseLike<R>>(
  search: Search<R, T>,
  typed: string,
  options?: unknown,
): Promise<T | null> {
  const terms = toQueryTerms(toQueryKeys(typed));
  if (!terms) return null;
  const everywhere = withoutFilters(options);
  let found: T | null;
  if (terms.cover) {
    const phrase = await findPhrase(search, terms.cover, everywhere);
    found = await search(terms.cover.spans.join(' '), options);
    if (!found) return found;
    await phrase.keepMatches(found, search);
    // A match stands at its first unit and covers the whole query.
    found.results.forEach((r) => markData(r, terms.units, phrase.starts.get(r.id)));
  } else {
    found = await search(terms.content, options);
    if (!found) return found;
    // A prefix match is reported at its first unit and covers the units after it.
    found.results.forEach((r) => markData(r, terms.units));
  }
  if (found.results.length < 2) return found;
  // Which pages say it in their title, and how often (the budget measure's title says งบประมาณ twice, a
  // report's ปีงบประมาณ once): in the chunks already loaded.
  const inTitle = terms.titleCover
    ? (await findPhrase(search, terms.titleCover, everywhere)).starts
    : await positionsOf(search, terms.title, everywhere);
  const rank = (r: R) => {
    const times = inTitle.get(r.id)?.length ?? 0;
    return (times ? 1e6 + 1e5 * Math.min(times, 5) : 0) + r.score;
  };
  found.results.sort((a, b) => rank(b) - rank(a));
  return found;
}
