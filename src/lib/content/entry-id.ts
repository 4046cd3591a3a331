/**
 * Entry ids are the folder path plus the slug: `2568/open-data` for a measure
 * in `content/measures/2568/open-data.mdx`. Astro's default id uses a `slug`
 * field alone, which would let two fiscal years collide.
 */
export function createEntryId({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  const withoutExtension = entry.replace(/\.[^./]+$/, '');
  const folder = withoutExtension.includes('/') ? withoutExtension.slice(0, withoutExtension.lastIndexOf('/') + 1) : '';
  const name = typeof data.slug === 'string' && data.slug ? data.slug : withoutExtension.slice(folder.length);
  return `${folder}${name}`;
}
