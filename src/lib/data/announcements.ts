import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, slugOfId } from '@/lib/content/entry-id';

export type AnnouncementEntry = CollectionEntry<'announcements'>;

/** Published announcements, newest first. */
export async function getPublishedAnnouncements(): Promise<AnnouncementEntry[]> {
  const entries = (await getCollection('announcements')).filter(isPublished);
  return entries.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** The URL name of an announcement. */
export function announcementSlug(entry: AnnouncementEntry): string {
  return slugOfId(entry.id);
}

/** The other-language version of an announcement, when one is published. */
export function findTranslation(entry: AnnouncementEntry, all: AnnouncementEntry[]): AnnouncementEntry | undefined {
  const key = entry.data.translationKey;
  return key
    ? all.find((o) => o.id !== entry.id && o.data.translationKey === key && o.data.lang !== entry.data.lang)
    : undefined;
}
