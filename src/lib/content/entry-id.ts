/**
 * What names an entry, in one place: its URL name (slug), its id, the reference other
 * files use for it, and whether it is published at all.
 */

/** The URL name of an entry: its `slug` field when it has one, or else its file name without the extension. */
export function slugFromFile(entryPath: string, data: { slug?: unknown }): string {
  if (typeof data.slug === 'string' && data.slug) return data.slug;
  return entryPath.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

/** The URL name of a validated entry (src/lib/validate/parse-entries.ts), by the same rule as its Astro id. */
export function slugOf(entry: { raw: { entry: string }; data: { slug?: unknown } }): string {
  return slugFromFile(entry.raw.entry, entry.data);
}

/**
 * Entry ids are the folder path plus the slug: `2568/open-data` for a measure
 * in `content/measures/2568/open-data.mdx`. Astro's default id uses a `slug`
 * field alone, which would let two fiscal years collide.
 */
export function createEntryId({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  const folder = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '';
  return `${folder}${slugFromFile(entry, data)}`;
}

/** The last path segment of an entry id (`2568/open-data` → `open-data`): the URL name. */
export function slugOfId(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/** How an assessment's `answeredBy` names a measure: `<fiscal year>/<slug>`, which is also the measure's id. */
export function measureRef(fiscalYear: number, slug: string): string {
  return `${fiscalYear}/${slug}`;
}

/** Drafts are filtered in exactly one place, so no page, feed, card, index or check can forget. */
export function isPublished(entry: { data: { draft?: boolean | null | undefined } }): boolean {
  return entry.data.draft !== true;
}
