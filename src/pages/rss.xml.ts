import type { APIRoute } from 'astro';
import { announcementSlug, getPublishedAnnouncements } from '@/lib/data/announcements';
import { getOrganisation } from '@/lib/data/organisation';
import { escapeXml } from '@/lib/data/xml';
import { th } from '@/lib/i18n/ui';
import { announcementUrl, withBase } from '@/lib/site/urls';

// RSS wants RFC 822 dates; an announcement's day is taken at noon Bangkok time so it never slips a day.
const rfc822 = (isoDay: string) => new Date(`${isoDay}T12:00:00+07:00`).toUTCString();

export const GET: APIRoute = async ({ site }) => {
  const organisation = await getOrganisation();
  const announcements = await getPublishedAnnouncements();
  const items = announcements
    .map((a) => {
      const link = new URL(announcementUrl(announcementSlug(a)), site).href;
      return `<item><title>${escapeXml(a.data.title)}</title><link>${escapeXml(link)}</link><guid isPermaLink="true">${escapeXml(link)}</guid><pubDate>${rfc822(a.data.date)}</pubDate>${a.data.summary ? `<description>${escapeXml(a.data.summary)}</description>` : ''}</item>`;
    })
    .join('\n');
  const home = new URL(withBase('/'), site).href;
  const self = new URL(withBase('rss.xml'), site).href;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(`${th.announcements}${organisation.name}`)}</title>
<link>${escapeXml(home)}</link>
<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>
<description>${escapeXml(`${th.siteTitle} ${organisation.name}`)}</description>
<language>th</language>
${items}
</channel>
</rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
