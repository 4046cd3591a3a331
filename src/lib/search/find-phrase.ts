/**
 * Finds a phrase by the spans that cover it (span-keys.ts, coverPhrase) instead
 * of Pagefind's exact phrase, which downloads every span of the phrase. Each
 * cover span is searched on its own — Pagefind then gives that span's own
 * positions on every page — and a page has the phrase at p when every cover span
 * stands at p + its offset. Runs in the browser too: small and dependency-free.
 */
import type { PhraseCover } from './span-keys';

/** Pagefind's filter counts: filter name → value → pages. */
export type FilterCounts = Record<string, Record<string, number>>;

interface Result {
  id: string;
  words?: number[];
}
interface Response<R extends Result> {
  results: R[];
  unfilteredResultCount?: number;
  filters?: FilterCounts;
  totalFilters?: FilterCounts;
}
type Search<R extends Result, T extends Response<R>> = (term: string | null, options?: unknown) => Promise<T | null>;

/** The same search options without filters: where a phrase stands does not depend on them. */
export function withoutFilters(options: unknown): unknown {
  return options && typeof options === 'object' ? { ...options, filters: {} } : options;
}

/** Where one term stands on every page that has it: page id → positions, in order. */
export async function positionsOf<R extends Result, T extends Response<R>>(
  search: Search<R, T>,
  term: string,
  options: unknown,
): Promise<Map<string, number[]>> {
  const found = await search(term, options);
  return new Map(found?.results.map((r) => [r.id, [...(r.words ?? [])].sort((a, b) => a - b)]) ?? []);
}

/** A phrase found by its cover spans. */
export interface PhraseMatches<R extends Result, T extends Response<R>> {
  /** Page id → the positions the phrase starts at. */
  starts: Map<string, number[]>;
  /**
   * Leaves in `found` (the cover spans searched together, unquoted: the pages with every one of them) only the
   * pages that have the phrase, and takes the others out of its counts, so the filter pane and the summary
   * count what is listed.
   */
  keepMatches(found: T, search: Search<R, T>): Promise<void>;
}

/** Every page and position with the whole phrase (searched without filters). */
export async function findPhrase<R extends Result, T extends Response<R>>(
  search: Search<R, T>,
  cover: PhraseCover,
  options: unknown,
): Promise<PhraseMatches<R, T>> {
  const bySpan = new Map<string, Map<string, number[]>>();
  for (const span of cover.spans) if (!bySpan.has(span)) bySpan.set(span, await positionsOf(search, span, options));
  const [first, ...rest] = cover.spans.map((span, i) => ({
    at: bySpan.get(span)!,
    sets: new Map<string, Set<number>>(),
    offset: cover.offsets[i]!,
  }));
  const has = (part: NonNullable<typeof first>, id: string, at: number) => {
    let set = part.sets.get(id);
    if (!set) part.sets.set(id, (set = new Set(part.at.get(id) ?? [])));
    return set.has(at);
  };
  const starts = new Map<string, number[]>();
  // Pages with every cover span but not side by side: found by the spans together, not by the phrase.
  const apart = new Set<string>();
  for (const [id, positions] of first!.at) {
    if (!rest.every((part) => part.at.has(id))) continue;
    const here = positions.filter((p) => rest.every((part) => has(part, id, p + part.offset - first!.offset)));
    if (here.length) starts.set(id, here);
    else apart.add(id);
  }
  return {
    starts,
    async keepMatches(found, search) {
      const dropped = new Set(found.results.filter((r) => !starts.has(r.id)).map((r) => r.id));
      found.results = found.results.filter((r) => starts.has(r.id));
      found.unfilteredResultCount = starts.size;
      if (!apart.size) return;
      // The pages taken out still count in Pagefind's filter counts: each value's pages (a filter-only search).
      for (const [name, values] of Object.entries(found.totalFilters ?? {})) {
        for (const [value, count] of Object.entries(values)) {
          if (!count) continue;
          const pages = (await search(null, { filters: { [name]: [value] } }))?.results ?? [];
          const ids = pages.map((r) => r.id);
          values[value] = count - ids.filter((id) => apart.has(id)).length;
          const filtered = found.filters?.[name];
          if (filtered?.[value]) filtered[value] -= ids.filter((id) => dropped.has(id)).length;
        }
      }
    },
  };
}
