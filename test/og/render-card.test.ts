import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitAtBreakPoints } from '@/lib/og/break-points';
import { CARD, CONTENT_WIDTH, type CardLayout } from '@/lib/og/card-layout';
import { loadCardFonts, type CardFont } from '@/lib/og/fonts';
import { createTextMeasurer } from '@/lib/og/measure';
import { createCardRenderer, drawCard, type CardRenderer } from '@/lib/og/render-card';
import type { SocialCard } from '@/lib/og/social-card';
import { THAI_TITLE_200 } from '@/lib/og/test-titles';

const LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#1f3a68"/></svg>',
);

const measureCard: SocialCard = {
  pagePath: '/2568/anti-corruption/long-title/',
  lang: 'th',
  kind: 'measure',
  kindLabel: 'มาตรการ',
  title: THAI_TITLE_200,
  organisation: 'องค์การบริหารส่วนตำบลบ้านหนองตัวอย่าง',
  siteName: 'ข้อมูลคุณธรรมและความโปร่งใส',
  fiscalYear: 'ปีงบประมาณ ๒๕๖๘',
  badge: 'ประเด็นที่ ๗ กลไกและมาตรการในการป้องกันการทุจริตและประพฤติมิชอบของหน่วยงาน',
  date: 'ปรับปรุง ๑๐ ตุลาคม ๒๕๖๘',
  alt: 'การ์ด',
};

/** Columns [left, right] that hold near-black title ink, over the given rows. */
async function inkExtent(png: Buffer, top = 0, bottom = CARD.height): Promise<{ left: number; right: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let left = info.width;
  let right = -1;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      if (Math.max(data[i] as number, data[i + 1] as number, data[i + 2] as number) < 80) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { left, right };
}

/** The ink of a card that holds nothing but `text` as a one-line 64 px title. */
async function inkOfTitleLine(text: string, fonts: CardFont[]): Promise<{ left: number; right: number }> {
  const layout: CardLayout = {
    titleSize: 64,
    title: { lines: [text], truncated: false },
    organisation: '',
    siteName: '',
    kindLabel: '',
  };
  return inkExtent(await drawCard(layout, undefined, fonts));
}

let renderer: CardRenderer;
let cacheDir: string;
beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  renderer = await createCardRenderer({ root: process.cwd(), logo: LOGO, cacheDir, segment: splitAtBreakPoints });
});

describe('rendering a card', () => {
  it('draws a 200-character Thai title as at most three word-wrapped lines inside the card', async () => {
    const { png, layout, cached } = await renderer.render(measureCard);
    expect(cached).toBe(false);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);

    expect(layout.title.lines).toHaveLength(CARD.titleMaxLines);
    expect(layout.title.truncated).toBe(true);
    expect(layout.title.lines.at(-1)).toMatch(/…$/u);
    // Nothing of the title runs past the right padding, and the lines are really full.
    const ink = await inkExtent(png);
    expect(ink.left).toBeGreaterThanOrEqual(CARD.padding - 4);
    expect(ink.right).toBeLessThanOrEqual(CARD.padding + CONTENT_WIDTH);
    expect(ink.right).toBeGreaterThan(CARD.padding + CONTENT_WIDTH - 120);
  });

  it('draws a line exactly as wide as the measurer says, so measured lines never overflow', async () => {
    const fonts = loadCardFonts();
    const measure = await createTextMeasurer(fonts);
    for (const text of ['ประกาศเจตจำนงสุจริตของผู้บริหารท้องถิ่น', 'No Gift Policy ไม่รับของขวัญ 2568', 'ผู้ใหญ่บ้านน้ำใจไมตรี']) {
      const ink = await inkOfTitleLine(text, fonts);
      const advanceEnd = CARD.padding + measure(text, 64, 700);
      // Ink ends within the last glyph's side bearing of the measured advance.
      expect(ink.right, text).toBeLessThanOrEqual(advanceEnd + 2);
      expect(ink.right, text).toBeGreaterThan(advanceEnd - 8);
    }
  });

  it('draws Latin and Thai with real glyphs, not the boxes of a missing font', async () => {
    const fonts = loadCardFonts();
    const widthOf = async (text: string): Promise<number> => {
      const ink = await inkOfTitleLine(text, fonts);
      return ink.right - ink.left;
    };
    // A missing glyph is drawn as the same box whatever the letter, so narrow and wide letters would measure alike.
    expect(await widthOf('mmmmmmmm')).toBeGreaterThan(2.5 * (await widthOf('iiiiiiii')));
    expect(await widthOf('ฒฒฒฒฒฒฒฒ')).toBeGreaterThan(1.3 * (await widthOf('ไไไไไไไไ')));
  });
});

describe('a broken logo', () => {
  it('stops with a message naming the file, in Thai and English', async () => {
    const broken = createCardRenderer({
      root: process.cwd(),
      logo: Buffer.from('not an image'),
      logoName: 'content/logo.svg',
      segment: splitAtBreakPoints,
    });
    await expect(broken).rejects.toThrow(/^content\/logo\.svg: อ่านไฟล์โลโก้ไม่ได้.* \/ cannot read the logo/);
  });
});

describe('the card cache', () => {
  it('reuses the stored PNG of an unchanged card and redraws a changed one', async () => {
    const first = await renderer.render({ ...measureCard, title: 'ประกาศเจตจำนงสุจริต' });
    const again = await renderer.render({ ...measureCard, title: 'ประกาศเจตจำนงสุจริต' });
    expect([first.cached, again.cached]).toEqual([false, true]);
    expect(again.png.equals(first.png)).toBe(true);
    expect((await renderer.render({ ...measureCard, title: 'ประกาศเจตจำนงสุจริต ๒' })).cached).toBe(false);

    const files = readdirSync(cacheDir).filter((f) => f.endsWith('.png'));
    expect(files.some((f) => readFileSync(join(cacheDir, f)).equals(first.png))).toBe(true);
  });

  it('redraws every card when the logo changes', async () => {
    await renderer.render(measureCard);
    const withNewLogo = await createCardRenderer({
      root: process.cwd(),
      logo: Buffer.from(LOGO.toString().replace('#1f3a68', '#c9a227')),
      cacheDir,
      segment: splitAtBreakPoints,
    });
    expect((await withNewLogo.render(measureCard)).cached).toBe(false);
    expect((await withNewLogo.render(measureCard)).cached).toBe(true);
  });
});
