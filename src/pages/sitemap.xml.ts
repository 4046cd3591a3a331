import type { APIRoute } from 'astro';
import { listSitePages } from '@/lib/data/site-pages';
import { escapeXml } from '@/lib/data/xml';
import { withBase } from '@/lib/site/urls';

// A small own endpoint rather than a dependency: it lists exactly the published pages, under the base path.
export const GET: APIRoute = async ({ site }) => {
  const pages = await listSitePages();
  const urls = pages
    .map(
      (p) =>
        `<url><loc>${escapeXml(new URL(withBase(p.path), site).href)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
