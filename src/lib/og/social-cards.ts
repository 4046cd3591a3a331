import { findPage, getSitePages } from '@/lib/data/site-pages';
import type { SocialCard } from './social-card';

/** The card of every public page, read from the page table (so drafts never get one, and no card lacks a page). */
export async function getSocialCards(): Promise<SocialCard[]> {
  return (await getSitePages()).map((page) => page.card);
}

/** The card of one page, or undefined when the page has none (then the home card stands in). */
export async function findSocialCard(pagePath: string): Promise<SocialCard | undefined> {
  return (await findPage(pagePath))?.card;
}

/** `2568/x`, `/2568/x` and `/2568/x/` all name the page `/2568/x/`. */
export function normalisePagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
