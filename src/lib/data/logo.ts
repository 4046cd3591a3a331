import type { ImageMetadata } from 'astro';
import { getOrganisation } from './organisation';

const logos = import.meta.glob<ImageMetadata>('/content/*.{svg,png}', { eager: true, import: 'default' });

/** The organisation's logo (content/<logo>), as an asset Astro publishes under the base path. */
export async function getLogo(): Promise<ImageMetadata | undefined> {
  const { logo } = await getOrganisation();
  return logos[`/content/${logo}`];
}
