/** What the list needs of an announcement: no Astro import, so the rule is tested on plain objects. */
interface Listed {
  id: string;
  data: { lang: 'th' | 'en'; translationKey?: string | undefined };
}

/**
 * The announcements a list shows: every Thai notice (the official one, which
 * links to its translation) and every English notice that has no Thai version
 * — otherwise an English-only notice would be published but listed nowhere.
 */
export function selectListedAnnouncements<T extends Listed>(published: T[]): T[] {
  return published.filter(
    (a) =>
      a.data.lang === 'th' ||
      !a.data.translationKey ||
      !published.some((o) => o.data.lang === 'th' && o.data.translationKey === a.data.translationKey),
  );
}
