import { CARD, type CardLayout } from './card-layout';
import { CARD_FONT_FAMILY } from './fonts';

/**
 * Bump when the look of the card changes: it is part of the cache key, so
 * every card is drawn again with the new template.
 */
export const TEMPLATE_VERSION = 2;

/** The element shape satori reads (what JSX would produce), without React. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    src?: string;
    width?: number;
    height?: number;
    children?: (CardNode | string)[] | string;
  };
}

const NAVY = '#1f3a68';
const GOLD = '#c9a227';
const INK = '#111827';
const MUTED = '#4b5563';
// Darker than the gold band so the label keeps 4.5:1 contrast on white.
const KIND_COLOUR = '#7a5d00';

function box(
  style: Record<string, string | number>,
  children: (CardNode | string | undefined)[] | string = [],
): CardNode {
  return {
    type: 'div',
    props: {
      style: { display: 'flex', ...style },
      children:
        typeof children === 'string' ? children : children.filter((c): c is CardNode | string => c !== undefined),
    },
  };
}

/** A line of text satori must not wrap again: the layout already made it fit. */
function line(text: string, size: number, weight: 400 | 700, color: string, lineHeight = 1.3): CardNode {
  return box({ fontSize: size, fontWeight: weight, color, lineHeight, whiteSpace: 'nowrap' }, text);
}

function badge(text: string, filled: boolean): CardNode {
  return box(
    {
      fontSize: CARD.badgeSize,
      fontWeight: 700,
      lineHeight: 1.3,
      whiteSpace: 'nowrap',
      padding: `6px ${CARD.badgePaddingX}px`,
      marginRight: CARD.badgeGap,
      borderRadius: 999,
      color: filled ? '#ffffff' : NAVY,
      backgroundColor: filled ? NAVY : '#e8eef7',
    },
    text,
  );
}

const TOP_BAND = 14;
const BOTTOM_BAND = 10;

function header(layout: CardLayout, logoDataUrl: string | undefined): CardNode {
  const logo: CardNode | undefined = logoDataUrl
    ? {
        type: 'img',
        props: {
          src: logoDataUrl,
          width: CARD.logoSize,
          height: CARD.logoSize,
          style: { marginRight: CARD.headerGap },
        },
      }
    : undefined;
  return box({ alignItems: 'center' }, [
    logo,
    box({ flexDirection: 'column' }, [
      line(layout.organisation, CARD.organisationSize, 700, NAVY),
      line(layout.siteName, CARD.siteNameSize, 400, MUTED),
    ]),
  ]);
}

function title(layout: CardLayout): CardNode {
  const lineHeight = Math.round(layout.titleSize * CARD.titleLineHeight);
  const lines = layout.title.lines.map((text) =>
    box(
      {
        height: lineHeight,
        alignItems: 'center',
        fontSize: layout.titleSize,
        fontWeight: 700,
        color: INK,
        whiteSpace: 'nowrap',
      },
      text,
    ),
  );
  return box({ flexDirection: 'column' }, [
    line(layout.kindLabel, CARD.kindSize, 700, KIND_COLOUR),
    box({ flexDirection: 'column', marginTop: 8 }, lines),
  ]);
}

function footer(layout: CardLayout): CardNode {
  return box({ alignItems: 'center' }, [
    layout.fiscalYear ? badge(layout.fiscalYear, true) : undefined,
    layout.badge ? badge(layout.badge, false) : undefined,
    box({ flexGrow: 1 }),
    layout.date ? line(layout.date, CARD.badgeSize, 400, MUTED) : undefined,
  ]);
}

/** The card: organisation and logo on top, kind and title in the middle, badges and date at the bottom. */
export function createCardTree(layout: CardLayout, logoDataUrl: string | undefined): CardNode {
  // satori sizes boxes content-box, so the outer box has the card's size and no padding.
  const padding = `${CARD.padding - TOP_BAND}px ${CARD.padding}px ${CARD.padding - BOTTOM_BAND}px`;
  return box(
    {
      width: CARD.width,
      height: CARD.height,
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      fontFamily: CARD_FONT_FAMILY.map((name) => `"${name}"`).join(', '),
    },
    [
      box({ height: TOP_BAND, backgroundColor: NAVY }),
      box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding }, [
        header(layout, logoDataUrl),
        title(layout),
        footer(layout),
      ]),
      box({ height: BOTTOM_BAND, backgroundColor: GOLD }),
    ],
  );
}
