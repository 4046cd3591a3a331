import { createFormatters, type Formatters } from '@/lib/i18n/format';
import type { DigitStyle } from '@/lib/thai';
import type { Organisation } from '@/schemas/organisation';
import { searchKindOf, type SearchKind } from './page-paths';
import type { SitePage } from './pages';

/** What the layout marks on a page for search filters, its language and its share type. */
export interface PageFacets {
  /** Omitted for lists, the answer sheet, search, the 404 page and a round page that repeats its year page: not indexed. */
  kind?: SearchKind;
  fiscalYear?: number;
  /** Issue code, on issue and measure pages. */
  issue?: string;
  lang: 'th' | 'en';
  /** `article` for measures and announcements. */
  type: 'website' | 'article';
}

/** What every page and component of one render reads from `Astro.locals` (set by src/middleware.ts). */
export interface PageContext<E = unknown> {
  organisation: Organisation;
  /** The organisation's digit choice (๑๒๓ or 123). */
  digits: DigitStyle;
  /** Number and date formatters bound to those digits. */
  format: Formatters;
  /** Path being rendered, without the base, with a leading slash: `/2568/open-data/`, `/` for home. */
  pagePath: string;
  /** Its row in the page table; undefined for the 404 page and the files that are not pages. */
  page: SitePage<E> | undefined;
  facets: PageFacets;
}

/** `/ita/2568/` under base `/ita/` → `/2568/`; a path outside the base is kept as it is. */
export function stripBase(pathname: string, base: string): string {
  const withSlash = base.replace(/\/?$/, '/');
  return `/${pathname.startsWith(withSlash) ? pathname.slice(withSlash.length) : pathname.replace(/^\//, '')}`;
}

/**
 * The facets of one page, from its row in the table. A round page that is its year's latest repeats the
 * year page, so only the year page is indexed; the home page is filed under the fiscal year of today.
 */
export function describePageFacets<E>(
  page: SitePage<E> | undefined,
  pages: readonly SitePage<E>[],
  currentFiscalYear: number,
): PageFacets {
  const lang = page?.lang ?? 'th';
  const type = page?.kind === 'measure' || page?.kind === 'announcement' ? 'article' : 'website';
  if (!page) return { lang, type };
  if (page.kind === 'home') return { kind: 'home', fiscalYear: currentFiscalYear, lang, type };
  const kind = searchKindOf(page.kind);
  if (!kind) return { lang, type };
  const isLatestRound =
    page.kind === 'report' &&
    !pages.some(
      (other) =>
        other.kind === 'report' &&
        other.fiscalYear === page.fiscalYear &&
        Number(other.params.round) > Number(page.params.round),
    );
  return {
    ...(isLatestRound ? {} : { kind }),
    ...(page.fiscalYear === undefined ? {} : { fiscalYear: page.fiscalYear }),
    ...(page.issue === undefined ? {} : { issue: page.issue }),
    lang,
    type,
  };
}

/** The whole context of one render, made once per page by the middleware. */
export function createPageContext<E>(input: {
  organisation: Organisation;
  page: SitePage<E> | undefined;
  pages: readonly SitePage<E>[];
  pagePath: string;
  currentFiscalYear: number;
}): PageContext<E> {
  const { organisation, page, pages, pagePath, currentFiscalYear } = input;
  return {
    organisation,
    digits: organisation.digits,
    format: createFormatters(organisation.digits),
    pagePath,
    page,
    facets: describePageFacets(page, pages, currentFiscalYear),
  };
}
