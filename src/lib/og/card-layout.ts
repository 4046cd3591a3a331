import { breakBalancedLines, breakLines, type BrokenLines } from './line-break';
import type { MeasureText } from './measure';
import type { SocialCard } from './social-card';

/** Card geometry in pixels; the template draws exactly these boxes. */
export const CARD = {
  width: 1200,
  height: 630,
  padding: 56,
  logoSize: 88,
  headerGap: 24,
  organisationSize: 32,
  siteNameSize: 24,
  kindSize: 26,
  badgeSize: 26,
  badgePaddingX: 18,
  badgeGap: 14,
  titleLineHeight: 1.35,
  /** Largest first; the first size at which the whole title fits in titleMaxLines is used. */
  titleSizes: [64, 56, 48],
  titleMaxLines: 3,
} as const;

/** A second badge narrower than this would show little more than an ellipsis. */
const MIN_BADGE_WIDTH = 200;

/** Width available to text inside the padding. */
export const CONTENT_WIDTH = CARD.width - 2 * CARD.padding;

/** A card with every text already broken into lines that fit their boxes. */
export interface CardLayout {
  titleSize: number;
  title: BrokenLines;
  organisation: string;
  siteName: string;
  kindLabel: string;
  fiscalYear?: string;
  badge?: string;
  date?: string;
}

/**
 * Decides every line of the card from measured widths, so nothing is clipped:
 * the title takes the biggest size at which it fits in three lines, or the
 * smallest size shortened with an ellipsis; one-line texts are shortened the
 * same way when they would not fit their box.
 */
export function layoutCard(card: SocialCard, measure: MeasureText, segment: (text: string) => string[]): CardLayout {
  const oneLine = (text: string, width: number, size: number, weight: 400 | 700): string =>
    breakLines(text, { maxWidth: width, maxLines: 1, segment, measure: (t) => measure(t, size, weight) }).lines[0] ??
    '';

  let titleSize: number = CARD.titleSizes[0];
  let title: BrokenLines = { lines: [], truncated: false };
  for (const size of CARD.titleSizes) {
    titleSize = size;
    title = breakBalancedLines(card.title, {
      maxWidth: CONTENT_WIDTH,
      maxLines: CARD.titleMaxLines,
      segment,
      measure: (t) => measure(t, size, 700),
    });
    if (!title.truncated) break;
  }

  const textBeside = CONTENT_WIDTH - CARD.logoSize - CARD.headerGap;
  const badgeText = (text: string | undefined, width: number): string | undefined =>
    text === undefined ? undefined : oneLine(text, width - 2 * CARD.badgePaddingX, CARD.badgeSize, 700);
  const badgeWidth = (text: string | undefined): number =>
    text === undefined ? 0 : measure(text, CARD.badgeSize, 700) + 2 * CARD.badgePaddingX + CARD.badgeGap;

  // The fiscal year comes first, then the date (a year's date range is long), and the second badge takes what is left.
  const fiscalYear = badgeText(card.fiscalYear, CONTENT_WIDTH / 3);
  const date =
    card.date === undefined
      ? undefined
      : oneLine(card.date, CONTENT_WIDTH - badgeWidth(fiscalYear), CARD.badgeSize, 400);
  const dateWidth = date === undefined ? 0 : measure(date, CARD.badgeSize, 400) + CARD.badgeGap;
  const badgeRoom = CONTENT_WIDTH - dateWidth - badgeWidth(fiscalYear);
  // Too little room for a readable badge: leave it out rather than print a stub.
  const badge = badgeRoom >= MIN_BADGE_WIDTH ? badgeText(card.badge, badgeRoom) : undefined;

  return {
    titleSize,
    title,
    organisation: oneLine(card.organisation, textBeside, CARD.organisationSize, 700),
    siteName: oneLine(card.siteName, textBeside, CARD.siteNameSize, 400),
    kindLabel: oneLine(card.kindLabel, CONTENT_WIDTH, CARD.kindSize, 700),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    ...(badge === undefined ? {} : { badge }),
    ...(date === undefined ? {} : { date }),
  };
}
