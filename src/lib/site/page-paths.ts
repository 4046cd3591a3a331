/**
 * The kinds of public page, written once: for each, the path it lives at (without the base, no leading
 * slash, trailing slash), the shape of that path, and the search filter it is filed under. Links (urls.ts),
 * the page table (pages.ts), the page context (search filters), the draft scan and the page-weight bench
 * all read it, so a path is never spelled by hand. A new kind of page is one row here, its rows in
 * describePages (pages.ts), its route and its component.
 */
export const PAGE_KINDS = {
  home: { path: (): string => '', shape: /^$/, search: 'home' },
  year: { path: (year: number): string => `${year}/`, shape: /^\d{4}\/$/, search: 'report' },
  report: {
    path: (year: number, round: number): string => `${year}/round-${round}/`,
    shape: /^\d{4}\/round-(?:6|12)\/$/,
    search: 'report',
  },
  announcements: { path: (): string => 'announcements/', shape: /^announcements\/$/ },
  announcement: {
    path: (slug: string): string => `announcements/${slug}/`,
    shape: /^announcements\/[^/]+\/$/,
    search: 'announcement',
  },
  assessment: {
    path: (year: number): string => `assessment/${year}/`,
    shape: /^assessment\/\d{4}\/$/,
    search: 'assessment',
  },
  oit: { path: (year: number): string => `oit/${year}/`, shape: /^oit\/\d{4}\/$/ },
  /** Lower-case code, so a typed address and a pasted one agree: `oit/2569/o1/`. */
  'oit-item': {
    path: (year: number, code: string): string => `oit/${year}/${code.toLowerCase()}/`,
    shape: /^oit\/\d{4}\/o\d{1,2}\/$/,
    search: 'oit-item',
  },
  search: { path: (): string => 'search/', shape: /^search\/$/ },
  accessibility: { path: (): string => 'accessibility/', shape: /^accessibility\/$/ },
  // The two shapes that take any name under a year come last: a round's path would also fit an issue's.
  issue: {
    path: (year: number, issue: string): string => `${year}/${issue}/`,
    shape: /^\d{4}\/[^/]+\/$/,
    search: 'issue',
  },
  measure: {
    path: (year: number, issue: string, slug: string): string => `${year}/${issue}/${slug}/`,
    shape: /^\d{4}\/[^/]+\/[^/]+\/$/,
    search: 'measure',
  },
} as const satisfies Record<string, { path: (...args: never[]) => string; shape: RegExp; search?: string }>;

/** Kinds of public page. Social cards use the same names. */
export type PageKind = keyof typeof PAGE_KINDS;

/** The search filter kinds (year and round pages both as `report`); a kind without one is not indexed. */
export type SearchKind = {
  [K in PageKind]: (typeof PAGE_KINDS)[K] extends { search: infer S } ? S : never;
}[PageKind];

type PathOf<K extends PageKind> = (typeof PAGE_KINDS)[K]['path'];

/** The path of each kind of page, from what names it: `pagePath.measure(2569, 'iit-3', 'no-gift-policy')`. */
export const pagePath = Object.fromEntries(Object.entries(PAGE_KINDS).map(([kind, row]) => [kind, row.path])) as {
  [K in PageKind]: PathOf<K>;
};

/** The search filter a kind of page is filed under, or undefined when pages of that kind are not indexed. */
export function searchKindOf(kind: PageKind): SearchKind | undefined {
  const row = PAGE_KINDS[kind];
  return 'search' in row ? row.search : undefined;
}

/** The kind of page at a path (without the base), or undefined for a path outside the scheme. */
export function classifyPagePath(path: string): PageKind | undefined {
  const normal = path.replace(/^\/+/, '').replace(/([^/])$/, '$1/');
  return (Object.keys(PAGE_KINDS) as PageKind[]).find((kind) => PAGE_KINDS[kind].shape.test(normal));
}
