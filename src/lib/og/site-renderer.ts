import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOrganisation } from '@/lib/data/organisation';
import { splitAtBreakPoints } from './break-points';
import { defaultCacheDir } from './card-cache';
import { createCardRenderer, type CardRenderer } from './render-card';
import type { SocialCard } from './social-card';

let renderer: Promise<CardRenderer> | undefined;

/** Reads the organisation's logo, or says in Thai and English which file is missing. */
function readLogo(root: string, logo: string): Buffer {
  const file = join(root, 'content', logo);
  try {
    return readFileSync(file);
  } catch {
    throw new Error(
      `content/organisation.yaml → logo: ไม่พบไฟล์โลโก้ ${file} ให้วางไฟล์ SVG หรือ PNG ไว้ในโฟลเดอร์ content/ / logo file ${file} not found; put the SVG or PNG logo in content/`,
    );
  }
}

/** The PNG of a card for this site: its logo, its fonts, and the cache that survives builds. */
export async function renderSiteCard(card: SocialCard): Promise<Buffer> {
  renderer ??= (async () => {
    const root = process.cwd();
    const organisation = await getOrganisation();
    return createCardRenderer({
      root,
      logo: readLogo(root, organisation.logo),
      logoName: `content/${organisation.logo} (content/organisation.yaml → logo)`,
      cacheDir: defaultCacheDir(root),
      segment: splitAtBreakPoints,
    });
  })();
  return (await (await renderer).render(card)).png;
}
