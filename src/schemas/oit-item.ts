import { z } from 'zod';
import { daySchema } from './dates';
import { documentSchema } from './evidence';
import { privacyOverrideSchema } from './privacy';

/**
 * The page that answers one OIT item which is not a measure, a notice or a
 * report round: `content/oit/<year>/<code>.mdx`, e.g. `content/oit/2569/O1.mdx`
 * for "โครงสร้าง หน้าที่และอำนาจ". The folder names the fiscal year and the file
 * name the O-code of that year's framework, so the year's framework file maps
 * the item to this page without another list to keep in step. The MDX body is
 * the page's short text.
 */

/**
 * A link from an item page: to another page of this site, written as its path
 * from the site's home (`/announcements/no-gift-policy-2569/`, so it keeps
 * working under a sub-path such as /ita/), or to the agency's main site or
 * another public page as a full https:// address.
 */
export const oitItemLinkSchema = z.strictObject({
  /**
   * `/…` for a page of this site (checked after the build like every internal
   * link), or a full address starting with https:// or http://.
   */
  href: z.union([
    z.string().regex(/^\/(?!\/)[^\s]*$/, {
      error:
        'ที่อยู่ในเว็บนี้ต้องขึ้นต้นด้วย / เช่น /announcements/no-gift-policy-2569/ / a link inside this site must start with /, e.g. /announcements/no-gift-policy-2569/',
    }),
    z.url({
      protocol: /^https?$/,
      error:
        'ต้องเป็นที่อยู่ในเว็บนี้ที่ขึ้นต้นด้วย / หรือที่อยู่เว็บเต็มที่ขึ้นต้นด้วย https:// / must be a path of this site starting with / or a full web address starting with https://',
    }),
  ]),
  /** The link's text: what the reader finds there. */
  title: z.string().min(1),
});
export type OitItemLink = z.output<typeof oitItemLinkSchema>;

export const oitItemPageSchema = z.strictObject({
  /** Heading of the page; defaults to the item's title in that year's framework. */
  title: z.string().min(3).optional(),
  /** One or two sentences shown on the answer sheet and in search results. */
  summary: z.string().min(1).optional(),
  /** Day the information was approved or first published (ISO or Thai, e.g. `๑ ต.ค. ๒๕๖๘`). */
  date: daySchema,
  /** Day the page was last changed; defaults to `date`. */
  updated: daySchema.optional(),
  /** Files that answer the item (plans, reports, orders), inside `content/evidence/`. */
  documents: z.array(documentSchema).default([]),
  /** Pages of this site or of the agency's main site that answer the item. */
  links: z.array(oitItemLinkSchema).default([]),
  /** Draft pages are never published and never answer an item. */
  draft: z.boolean().default(false),
  /** Explicit permission to publish values the privacy guard would stop. */
  privacyOverride: privacyOverrideSchema.optional(),
});
export type OitItemPage = z.output<typeof oitItemPageSchema>;

/** `2569/O1` (the entry's path without extension) → year and O-code; undefined when the path is not `<year>/<code>`. */
export function parseOitItemPath(entry: string): { fiscalYear: number; code: string } | undefined {
  const match = /^(\d{4})\/(O\d{1,2})(?:\.mdx?)?$/i.exec(entry);
  return match ? { fiscalYear: Number(match[1]), code: match[2]!.toUpperCase() } : undefined;
}
