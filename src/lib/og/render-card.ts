import { createHash } from 'node:crypto';
import satori from 'satori';
import sharp from 'sharp';
import { createCardKey, openCardCache, type CardCache } from './card-cache';
import { CARD, layoutCard, type CardLayout } from './card-layout';
import { createCardTree, TEMPLATE_VERSION } from './card-template';
import { fingerprintFonts, loadCardFonts, type CardFont } from './fonts';
import { createTextMeasurer, type MeasureText } from './measure';
import type { SocialCard } from './social-card';

/** Draws cards, reusing cached PNGs for cards whose content, template, fonts and logo are unchanged. */
export interface CardRenderer {
  render(card: SocialCard): Promise<{ png: Buffer; cached: boolean; layout: CardLayout }>;
}

export interface RendererOptions {
  /** Project root, where node_modules is. */
  root: string;
  /** Logo file bytes (SVG or PNG), drawn at the top left. */
  logo?: Buffer;
  /** Where the logo came from, for error messages. */
  logoName?: string;
  /** Folder of the cache; omit to render every time. */
  cacheDir?: string;
  /** Word segmentation of the title (Thai needs a dictionary; Intl.Segmenter has one). */
  segment: (text: string) => string[];
}

export async function createCardRenderer(options: RendererOptions): Promise<CardRenderer> {
  const fonts = loadCardFonts(options.root);
  const measure = await createTextMeasurer(fonts, options.root);
  const logoPng = options.logo ? await rasteriseLogo(options.logo, options.logoName ?? 'logo') : undefined;
  const logoDataUrl = logoPng ? `data:image/png;base64,${logoPng.toString('base64')}` : undefined;
  const assets = createHash('sha256')
    .update(fingerprintFonts(fonts))
    .update(options.logo ?? '')
    .digest('hex');
  const cache: CardCache | undefined = options.cacheDir ? openCardCache(options.cacheDir) : undefined;

  return {
    async render(card) {
      const layout = layoutCard(card, measure, options.segment);
      // Keyed on the laid-out card (every line as drawn), so a change in the text or in line breaking redraws it.
      const key = createCardKey({ content: layout, templateVersion: TEMPLATE_VERSION, assets });
      const hit = cache?.read(key);
      if (hit) return { png: hit, cached: true, layout };
      const png = await drawCard(layout, logoDataUrl, fonts);
      cache?.write(key, png);
      return { png, cached: false, layout };
    },
  };
}

/** The logo as a PNG at twice the size it is drawn, so it stays sharp; satori embeds it as is. */
async function rasteriseLogo(logo: Buffer, name: string): Promise<Buffer> {
  try {
    const size = CARD.logoSize * 2;
    return await sharp(logo, { density: 300 })
      .resize(size, size, { fit: 'contain', background: '#ffffff00' })
      .png()
      .toBuffer();
  } catch (error) {
    throw new Error(
      `${name}: อ่านไฟล์โลโก้ไม่ได้ ให้ใช้ไฟล์ SVG หรือ PNG ที่เปิดได้ / cannot read the logo; use an SVG or PNG file that opens (${(error as Error).message})`,
    );
  }
}

/** satori lays the card out as SVG with text as paths; sharp rasterises it to PNG. */
export async function drawCard(
  layout: CardLayout,
  logoDataUrl: string | undefined,
  fonts: CardFont[],
): Promise<Buffer> {
  const tree = createCardTree(layout, logoDataUrl) as unknown as Parameters<typeof satori>[0];
  const svg = await satori(tree, { width: CARD.width, height: CARD.height, fonts });
  // A 256-colour palette is lossless enough for flat colours and anti-aliased text, and halves the bytes LINE and Facebook fetch.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, effort: 3 }).toBuffer();
}

export type { MeasureText };
