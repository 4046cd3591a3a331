import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Where the site is published: origin and sub-path, as Astro's `site` and `base` want them. */
export interface SiteLocation {
  /** Origin, e.g. https://www.example.go.th */
  site: string;
  /** Sub-path with leading and trailing slash, e.g. /ita/ (or /). */
  base: string;
}

/** Makes `ita`, `/ita`, `ita/` and `/ita/` all mean `/ita/`, because staff type it every way. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Reads the publishing location from `content/organisation.yaml` (`publicUrl`),
 * letting `ITA_SITE` / `ITA_BASE` override it for a one-off build (e.g. tests
 * building the same content for `/` and for `/ita/`).
 */
export function resolveSiteLocation(organisationFile: string, env: NodeJS.ProcessEnv = process.env): SiteLocation {
  let publicUrl = 'https://www.example.go.th/';
  try {
    const data = parse(readFileSync(organisationFile, 'utf8')) as { publicUrl?: unknown } | null;
    if (data && typeof data.publicUrl === 'string' && URL.canParse(data.publicUrl)) publicUrl = data.publicUrl;
  } catch {
    // A missing or broken file is reported by content validation with a proper message.
  }
  const url = new URL(publicUrl);
  const site = env.ITA_SITE ? new URL(env.ITA_SITE).origin : url.origin;
  const base = normaliseBase(env.ITA_BASE ?? url.pathname);
  return { site, base };
}
