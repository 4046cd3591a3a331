/**
 * Runs a built site's own pagefind.js in Node, for tests and the recall benchmark.
 * pagefind.js reads the page language from `document` (it segments Thai queries
 * only for `<html lang="th">`) and fetches its files over HTTP; here a minimal
 * `document` says `th` and `fetch` reads the files from disk, counting the bytes
 * a reader would download.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FilterCounts } from '@/lib/search/find-phrase';
import { searchRanked } from '@/lib/search/ranked-search';
import { stripWordStarts } from '@/lib/search/result-words';
import { SEARCH_BUNDLE_DIR } from './build-search-index';

/** Each opened site gets its own host name, so two sites can be searched side by side. */
const siteDirs = new Map<string, string>();

/** One result as the search page shows it. */
export interface NodeSearchResult {
  /** Site-relative URL, e.g. /2568/o1/some-measure/ */
  url: string;
  title: string;
  /** Excerpt HTML with `<mark>` around the matched text. */
  excerpt: string;
  filters: Record<string, string[]>;
}

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: unknown): Promise<PagefindResponse>;
  destroy(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi;
}

/** Every file fetched, in order, with its size. */
const fetchLog: { path: string; bytes: number }[] = [];

function installShims(siteDir: string): string {
  const g = globalThis as Record<string, unknown>;
  g.document = {
    currentScript: null,
    querySelector: (s: string) => (s === 'html' ? { getAttribute: () => 'th' } : null),
  };
  g.fetch = async (input: string | URL) => {
    const url = new URL(String(input));
    const path = url.pathname;
    const body = await readFile(join(siteDirs.get(url.host)!, decodeURIComponent(path)));
    fetchLog.push({ path, bytes: body.byteLength });
    return new Response(body);
  };
  const host = `site-${siteDirs.size}.test`;
  siteDirs.set(host, siteDir);
  return `http://${host}`;
}

/** Filters to apply, and how many results to load (the UI loads the first few). */
export interface SearchOptions {
  filters?: Record<string, string[]>;
  limit?: number;
  /** Pass the typed text to Pagefind as it is (plain Pagefind, for comparison). */
  raw?: boolean;
}

/** What the summary line and the filter pane show for a search. */
export interface SearchCounts {
  /** Result URLs, sorted. */
  urls: string[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** A search session on a built site, as a fresh browser tab would run it. */
export interface NodeSearch {
  /** Searches for what a reader typed, with the search page's query handling. */
  search(typed: string, options?: SearchOptions): Promise<NodeSearchResult[]>;
  /** The counts the search page shows, with every filter loaded first as its filter pane does. */
  counts(typed: string, options?: Omit<SearchOptions, 'limit'>): Promise<SearchCounts>;
  /** Files fetched so far by this session (paths under the site), with sizes. */
  fetches(): { path: string; bytes: number }[];
  close(): Promise<void>;
}

/** Opens a search session on the site built in `siteDir` (which holds pagefind/). */
export async function openNodeSearch(siteDir: string): Promise<NodeSearch> {
  const origin = installShims(siteDir);
  const module = (await import(pathToFileURL(join(siteDir, SEARCH_BUNDLE_DIR, 'pagefind.js')).href)) as PagefindModule;
  const start = fetchLog.length;
  // The same options as the search page's <pagefind-config>.
  const api = module.createInstance({
    basePath: `${origin}/${SEARCH_BUNDLE_DIR}/`,
    baseUrl: '/',
    exactDiacritics: true,
    excerptLength: 60,
    excerptEllipsis: '…',
  });
  const search = (term: string | null, options?: unknown) => api.search(term, options);
  return {
    async search(typed, { filters = {}, limit, raw = false }: SearchOptions = {}) {
      const response = raw ? await api.search(typed, { filters }) : await searchRanked(search, typed, { filters });
      if (!response) return [];
      const shown = response.results.slice(0, limit ?? response.results.length);
      const data = await Promise.all(shown.map((r) => r.data()));
      // The search page turns the word-start marks into line-break elements; here they are left out.
      return data.map((d) => ({
        url: d.url,
        title: stripWordStarts(d.meta.title ?? ''),
        excerpt: stripWordStarts(d.excerpt),
        filters: d.filters,
      }));
    },
    async counts(typed, { filters = {}, raw = false } = {}) {
      await api.filters();
      const response = raw ? await api.search(typed, { filters }) : await searchRanked(search, typed, { filters });
      const urls = await Promise.all((response?.results ?? []).map(async (r) => (await r.data()).url));
      return {
        urls: urls.sort(),
        unfilteredResultCount: response?.unfilteredResultCount ?? 0,
        filters: response?.filters ?? {},
        totalFilters: response?.totalFilters ?? {},
      };
    },
    fetches: () => fetchLog.slice(start),
    close: () => api.destroy(),
  };
}
