import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSiteCard } from '@/lib/og/site-renderer';
import { getSocialCards } from '@/lib/og/social-cards';
import type { SocialCard } from '@/lib/og/social-card';
import { ogImageKey } from '@/lib/site/og';

/** One 1200×630 PNG per public page, at /og/<page path>.png. */
export const getStaticPaths = (async () =>
  (await getSocialCards()).map((card) => ({
    params: { path: ogImageKey(card.pagePath) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderSiteCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
