import { withBase } from './urls';

/** Social cards are 1200×630, the size Facebook and LINE show without cropping. */
export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/** The card's name inside /og/: `/2568/open-data/` → `2568/open-data`, `/` → `index`. */
export function ogImageKey(pagePath: string): string {
  return pagePath.replace(/^\/+|\/+$/g, '') || 'index';
}

/**
 * The card of a page lives at a path derived from the page's own path, so any
 * page can name its card without asking the card generator:
 * `/2568/open-data/` → `/og/2568/open-data.png`, `/` → `/og/index.png`.
 * `pagePath` is the path without the base.
 */
export function ogImagePath(pagePath: string): string {
  return withBase(`og/${ogImageKey(pagePath)}.png`);
}
