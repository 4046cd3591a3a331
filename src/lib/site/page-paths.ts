/**
 * The URL scheme, written once: every kind of public page, the path it lives at
 * (without the base, no leading slash, trailing slash) and the shape of that path.
 * Links (urls.ts), the page table (pages.ts), the draft scan and the page-weight
 * bench all build or read paths through here, so a path is never spelled by hand.
 */

/** Kinds of public page. Social cards use the same names. */
export type PageKind =
  | 'home'
  | 'year'
  | 'report'
  | 'issue'
  | 'measure'
  | 'announcements'
  | 'announcement'
  | 'assessment'
  | 'oit'
  | 'oit-item'
  | 'search';

/** The path of each kind of page, from what names it. */
export const pagePath = {
  home: (): string => '',
  year: (year: number): string => `${year}/`,
  report: (year: number, round: number): string => `${year}/round-${round}/`,
  issue: (year: number, issue: string): string => `${year}/${issue}/`,
  measure: (year: number, issue: string, slug: string): string => `${year}/${issue}/${slug}/`,
  announcements: (): string => 'announcements/',
  announcement: (slug: string): string => `announcements/${slug}/`,
  assessment: (year: number): string => `assessment/${year}/`,
  oit: (year: number): string => `oit/${year}/`,
  /** Lower-case code, so a typed address and a pasted one agree: `oit/2569/o1/`. */
  oitItem: (year: number, code: string): string => `oit/${year}/${code.toLowerCase()}/`,
  search: (): string => 'search/',
} satisfies Record<Exclude<PageKind, 'oit-item'> | 'oitItem', (...args: never[]) => string>;

/** The shape of each kind's path, most specific first (a round's path would also fit an issue's). */
const PATH_SHAPES: readonly (readonly [PageKind, RegExp])[] = [
  ['home', /^$/],
  ['year', /^\d{4}\/$/],
  ['report', /^\d{4}\/round-(?:6|12)\/$/],
  ['announcements', /^announcements\/$/],
  ['announcement', /^announcements\/[^/]+\/$/],
  ['assessment', /^assessment\/\d{4}\/$/],
  ['oit', /^oit\/\d{4}\/$/],
  ['oit-item', /^oit\/\d{4}\/o\d{1,2}\/$/],
  ['search', /^search\/$/],
  ['issue', /^\d{4}\/[^/]+\/$/],
  ['measure', /^\d{4}\/[^/]+\/[^/]+\/$/],
];

/** The kind of page at a path (without the base), or undefined for a path outside the scheme. */
export function classifyPagePath(path: string): PageKind | undefined {
  const normal = path.replace(/^\/+/, '').replace(/([^/])$/, '$1/');
  return PATH_SHAPES.find(([, shape]) => shape.test(normal))?.[0];
}
