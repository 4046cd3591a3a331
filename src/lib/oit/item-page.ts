import type { OitItem } from '@/schemas/framework';
import { getFramework } from '@/lib/data/frameworks';
import { getPublishedOitItemPages, resolveItemLink, type OitItemPageEntry } from '@/lib/data/oit-items';

/** What an OIT item page shows: the framework's item, its page and the links as addresses. */
export interface OitItemView {
  page: OitItemPageEntry;
  item: OitItem;
  /** Fiscal year the information must cover (the year before for a `covers: previous` item). */
  coversYear: number;
  provisional: boolean;
  title: string;
  links: { href: string; title: string; external: boolean }[];
}

/** Every published item page whose code is an item of its year's framework (validation stops the rest). */
export async function loadOitItemViews(): Promise<OitItemView[]> {
  const views: OitItemView[] = [];
  for (const page of await getPublishedOitItemPages()) {
    const framework = await getFramework(page.fiscalYear);
    const item = framework.oitItems.find((i) => i.code === page.code);
    if (!item) continue;
    views.push({
      page,
      item,
      coversYear: item.covers === 'previous' ? page.fiscalYear - 1 : page.fiscalYear,
      provisional: framework.provisional,
      title: page.entry.data.title ?? item.title,
      links: page.entry.data.links.map((l) => ({
        href: resolveItemLink(l.href),
        title: l.title,
        external: !l.href.startsWith('/'),
      })),
    });
  }
  return views;
}
