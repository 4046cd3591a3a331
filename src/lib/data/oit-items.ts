import { getCollection, type CollectionEntry } from 'astro:content';
import { parseOitItemPath } from '@/schemas/oit-item';
import { pagePath } from '@/lib/site/page-paths';
import { withBase } from '@/lib/site/urls';
import { isPublished } from '@/lib/content/entry-id';

export type OitItemEntry = CollectionEntry<'oitItems'>;

/** An item page with the year and O-code its path names. */
export interface OitItemPageEntry {
  fiscalYear: number;
  code: string;
  entry: OitItemEntry;
}

/** Published OIT item pages (content/oit/<year>/<code>.mdx), by year then item number. */
export async function getPublishedOitItemPages(): Promise<OitItemPageEntry[]> {
  const pages = (await getCollection('oitItems')).filter(isPublished).flatMap((entry) => {
    const place = parseOitItemPath(entry.id);
    return place ? [{ ...place, entry }] : [];
  });
  const number = (code: string) => Number(code.slice(1));
  return pages.sort((a, b) => a.fiscalYear - b.fiscalYear || number(a.code) - number(b.code));
}

/** The published item pages of one fiscal year. */
export async function getOitItemPagesOfYear(fiscalYear: number): Promise<OitItemPageEntry[]> {
  return (await getPublishedOitItemPages()).filter((p) => p.fiscalYear === fiscalYear);
}

/** Path of an item page without the base, lower-case so a typed URL and a pasted one agree: `oit/2569/o1/`. */
export const oitItemPath = (fiscalYear: number, code: string): string => pagePath['oit-item'](fiscalYear, code);

/** URL of an item page. */
export const oitItemUrl = (fiscalYear: number, code: string): string => withBase(oitItemPath(fiscalYear, code));

/** A link of an item page as an address: site paths gain the base, full addresses stay. */
export const resolveItemLink = (href: string): string => (href.startsWith('/') ? withBase(href) : href);
