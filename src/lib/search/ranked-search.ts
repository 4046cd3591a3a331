/**
 * One search as the search page runs it (browser and Node benchmark alike).
 *
 * What a reader typed becomes span-key terms (span-keys.ts). A query of up to
 * KEY_SPAN units is one prefix search: its results, Pagefind's scores, and
 * where it matched (a match in the title region means "in the title"). A
 * longer one is the exact phrase of its spans, then the spans without quotes
 * for scores and title matches (the same index chunks, already loaded).
 * Pages with the query in their title come first, then by Pagefind's score.
 * Pagefind marks only the position a match starts at; excerpts are rebuilt
 * with the whole match marked, then tidied to start and end on whole words.
 */
import { markExcerpt } from './mark-excerpt';
import { CONTENT_START, toQueryTerms } from './span-keys';
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
  /** Positions of the match in the record. */
  words?: number[];
  data(): Promise<ExcerptData & { sub_results?: ExcerptData[] }>;
}
/** The parts of a Pagefind search response that are used here. */
export interface PagefindResponseLike<R extends PagefindResultLike> {
  results: R[];
}
type Search<R extends PagefindResultLike, T extends PagefindResponseLike<R>> = (term: string, options?: unknown) => Promise<T | null>;

/** Pagefind's excerpt length in positions, and its ellipsis (the search page's <pagefind-config>). */
export const EXCERPT_LENGTH = 60;
const ELLIPSIS = '…';

function rebuild(data: ExcerptData, units: number): void {
  if (data.raw_content !== undefined && data.locations?.length) {
    data.excerpt = markExcerpt(data.raw_content, data.locations, units, EXCERPT_LENGTH, ELLIPSIS);
  }
  data.excerpt = tidyExcerpt(data.excerpt, ELLIPSIS);
}

function markData<R extends PagefindResultLike>(result: R, units: number): void {
  const load = result.data.bind(result);
  result.data = async () => {
    const data = await load();
    rebuild(data, units);
    for (const sub of data.sub_results ?? []) {
      if (sub.raw_content === undefined) sub.raw_content = data.raw_content;
      rebuild(sub, units);
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
  const terms = toQueryTerms(typed);
  if (!terms) return null;
  const found = await search(terms.content, options);
  if (!found) return found;
  found.results.forEach((r) => markData(r, terms.units));
  if (found.results.length < 2) return found;
  const ranked = terms.prefix ? found.results : ((await search(terms.ranking, options))?.results ?? []);
  const inTitle = new Set(ranked.filter((r) => r.words?.some((at) => at < CONTENT_START)).map((r) => r.id));
  const scores = new Map(ranked.map((r) => [r.id, r.score]));
  const rank = (r: R) => (inTitle.has(r.id) ? 1e6 : 0) + (scores.get(r.id) ?? 0);
  found.results.sort((a, b) => rank(b) - rank(a));
  return found;
}
