import type { PageKind } from '@/lib/site/page-paths';

/** Every kind of public page gets a card. */
export type CardKind = PageKind;

/**
 * Everything printed on one social card, already in the page's language and
 * digit style. It is also the cache key: two cards with equal content are the
 * same picture.
 */
export interface SocialCard {
  /** Path of the page without the base, e.g. `/2568/open-data/`. */
  pagePath: string;
  /** Language of the page and so of the card. */
  lang: 'th' | 'en';
  /** Which kind of page it is. */
  kind: CardKind;
  /** Label above the title, e.g. มาตรการ. */
  kindLabel: string;
  /** The page title: the biggest text, wrapped at word boundaries. */
  title: string;
  /** Organisation name in the card's language. */
  organisation: string;
  /** Site name under the organisation name. */
  siteName: string;
  /** Fiscal-year badge, e.g. ปีงบประมาณ ๒๕๖๘. */
  fiscalYear?: string;
  /** Second badge: the issue of a measure (ประเด็นที่ ๒ การเปิดเผยข้อมูล) or the score of an assessment. */
  badge?: string;
  /** Date printed on the card, already formatted (Buddhist era for Thai). */
  date?: string;
  /** Text alternative of the card image (og:image:alt). */
  alt: string;
}
