/**
 * One search as the search page runs it (browser and Node benchmark alike).
 *
 * Pagefind answers an exact phrase with every matching page but no ranking
 * (all score 1, in index order). So three searches run on the same index:
 *   1. the exact phrase of the query's units: which pages match, and the excerpts;
 *   2. the exact phrase of title keys: which of them say it in their title,
 *      and the title keys without quotes: how many times (same chunks, no new download);
 *   3. the units without quotes: Pagefind's own scores (weights, frequency).
 * Pages with the query in their title come first, then by Pagefind's score.
 * Excerpts are tidied so they start and end on whole words.
 */
import { GAP_KEY, TITLE_KEY_PREFIX, toQueryKeys } from './search-units';
import { tidyExcerpt } from './tidy-excerpt';

/** The parts of a Pagefind result that are used here. */
export interface PagefindResultLike {
  id: string;
  score: number;
  /** Index positions the search matched on the page. */
  words?: number[];
  data(): Promise<{ excerpt: string; sub_results?: { excerpt: string }[] }>;
}
/** The parts of a Pagefind search response that are used here. */
export interface PagefindResponseLike<R extends PagefindResultLike> {
  results: R[];
}
type Search<R extends PagefindResultLike, T extends PagefindResponseLike<R>> = (
  term: string,
  options?: unknown,
) => Promise<T | null>;

function tidyData<R extends PagefindResultLike>(result: R): void {
  const load = result.data.bind(result);
  result.data = async () => {
    const data = await load();
    data.excerpt = tidyExcerpt(data.excerpt);
    for (const sub of data.sub_results ?? []) sub.excerpt = tidyExcerpt(sub.excerpt);
    return data;
  };
}

/** Runs of `length` consecutive positions among `positions`: how many times a phrase of that length stands there. */
function countRuns(positions: readonly number[], length: number): number {
  const at = new Set(positions);
  if (length <= 1) return at.size;
  let runs = 0;
  for (const p of at)
    if (!at.has(p - 1)) {
      let end = p;
      while (at.has(end + 1)) end++;
      runs += Math.floor((end - p + 1) / length);
    }
  return runs;
}

/** Runs what a reader typed; `null` when nothing searchable was typed. */
export async function searchRanked<R extends PagefindResultLike, T extends PagefindResponseLike<R>>(
  search: Search<R, T>,
  typed: string,
  options?: unknown,
): Promise<T | null> {
  const keys = toQueryKeys(typed);
  if (!keys.length) return null;
  const exact = await search(`"${keys.join(' ')}"`, options);
  if (!exact) return exact;
  exact.results.forEach(tidyData);
  if (exact.results.length < 2) return exact;
  const titleKeys = keys.filter((key) => key !== GAP_KEY).map((key) => TITLE_KEY_PREFIX + key);
  const inTitle = new Set((await search(`"${titleKeys.join(' ')}"`, options))?.results.map((r) => r.id));
  // How often the title says it (the budget measure's title says งบประมาณ twice, a report's ปีงบประมาณ once):
  // the title keys without quotes match in the chunks already loaded and give every matched position.
  const titleCounts = new Map(
    (await search(titleKeys.join(' '), options))?.results.map((r) => [
      r.id,
      countRuns(r.words ?? [], titleKeys.length),
    ]),
  );
  const scores = new Map((await search(keys.join(' '), options))?.results.map((r) => [r.id, r.score]));
  const rank = (r: R) =>
    (inTitle.has(r.id) ? 1e6 + 1e5 * Math.min(titleCounts.get(r.id) ?? 1, 5) : 0) + (scores.get(r.id) ?? 0);
  exact.results.sort((a, b) => rank(b) - rank(a));
  return exact;
}
