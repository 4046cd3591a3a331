/** Drafts are filtered in exactly one place, so no page, feed, card or index can forget. */
export function isPublished(entry: { data: { draft?: boolean } }): boolean {
  return entry.data.draft !== true;
}

/** The last path segment of an entry id (`2568/open-data` → `open-data`): the URL name. */
export function slugOfId(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}
