/**
 * One search as the search page runs it (browser and Node benchmark alike).
 *
 * What a reader typed becomes span-key terms (span-keys.ts): one prefix term
 * for a short query, the exact phrase of its spans for a longer one. Pagefind
 * answers a phrase with every matching page but no ranking (all score 1, in
 * index order), so further searches run on the same index (the chunks already
 * loaded): the title term (which pages say it in their title), the title's spans
 * unquoted (how many times), and, for a phrase, the spans unquoted (Pagefind's
 * own scores: weights, frequency). Pages with the query in their title come
 * first, then by Pagefind's score. Pagefind marks only the position a match
 * starts at; excerpts are rebuilt with the whole match marked, then tidied to
 * start and end on whole words.
 */
import { markExcerpt } from './mark-excerpt';
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
}
type Search<R extends PagefindResultLike, T extends PagefindResponseLike<R>> = (
  term: string,
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

function markData<R extends PagefindResultLike>(result: R, covers: number): void {
  const load = result.data.bind(result);
  result.data = async () => {
    const data = await load();
    rebuild(data, covers);
    for (const sub of data.sub_results ?? []) {
      sub.raw_content ??= data.raw_content;
      rebuild(sub, covers);
    }
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
  const terms = toQueryTerms(toQueryKeys(typed));
  if (!terms) return null;
  const found = await search(terms.content, options);
  if (!found) return found;
  // A prefix match is reported at its first unit, a phrase at each span's: each covers the units after it.
  found.results.forEach((r) => markData(r, terms.prefix ? terms.units : terms.units - terms.matched + 1));
  if (found.results.length < 2) return found;
  const inTitle = new Set((await search(terms.title, options))?.results.map((r) => r.id));
  // How often the title says it (the budget measure's title says งบประมาณ twice, a report's ปีงบประมาณ once):
  // the title's spans without quotes match in the chunks already loaded and give every matched position.
  const titleCounts = new Map(
    (await search(terms.titleWords, options))?.results.map((r) => [r.id, countRuns(r.words ?? [], terms.titleMatched)]),
  );
  const scores = terms.prefix
    ? new Map(found.results.map((r) => [r.id, r.score]))
    : new Map((await search(terms.ranking, options))?.results.map((r) => [r.id, r.score]));
  const rank = (r: R) =>
    (inTitle.has(r.id) ? 1e6 + 1e5 * Math.min(titleCounts.get(r.id) ?? 1, 5) : 0) + (scores.get(r.id) ?? 0);
  found.results.sort((a, b) => rank(b) - rank(a));
  return found;
}
