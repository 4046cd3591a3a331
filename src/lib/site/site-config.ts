import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { organisationSchema, type Organisation } from '@/schemas/organisation';

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
 * The publishing location of a validated organisation (`publicUrl`), letting
 * `ITA_SITE` / `ITA_BASE` override it for a one-off build (`npm run build -- --base /x/`,
 * tests building the same content for `/` and for `/ita/`). The one place it is worked out.
 */
export function siteLocationOf(
  organisation: Pick<Organisation, 'publicUrl'>,
  env: NodeJS.ProcessEnv = process.env,
): SiteLocation {
  const url = new URL(organisation.publicUrl);
  const site = env.ITA_SITE ? new URL(env.ITA_SITE).origin : url.origin;
  const base = normaliseBase(env.ITA_BASE ?? url.pathname);
  return { site, base };
}

/**
 * Reads `content/organisation.yaml` through its schema and returns where the site is
 * published, for callers that run before or without content validation (astro.config.mjs
 * under `astro dev`, the benchmarks). A missing or invalid file is an error, never a
 * made-up address.
 */
export function resolveSiteLocation(organisationFile: string, env: NodeJS.ProcessEnv = process.env): SiteLocation {
  const problem = (th: string, en: string): Error => new Error(`${organisationFile}: ${th} / ${en}`);
  if (!existsSync(organisationFile)) throw problem('ไม่พบไฟล์ข้อมูลหน่วยงาน', 'the organisation file is missing');
  let data: unknown;
  try {
    data = parse(readFileSync(organisationFile, 'utf8'));
  } catch {
    data = undefined;
  }
  const result = organisationSchema.safeParse(data);
  if (!result.success) {
    throw problem(
      'ข้อมูลหน่วยงานไม่ถูกต้อง สั่ง npm run check เพื่อดูรายละเอียด',
      'the organisation file is not valid; run npm run check for the details',
    );
  }
  return siteLocationOf(result.data, env);
}

/** The location a built site was made for, as its build recorded it in build-info.json (undefined for an older build without it). */
export function readBuiltLocation(distDir: string): Partial<SiteLocation> | undefined {
  const file = join(distDir, 'build-info.json');
  if (!existsSync(file)) return undefined;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as { site?: unknown; base?: unknown };
    return {
      ...(typeof info.site === 'string' ? { site: info.site } : {}),
      ...(typeof info.base === 'string' ? { base: normaliseBase(info.base) } : {}),
    };
  } catch {
    return undefined;
  }
}
