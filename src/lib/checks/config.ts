import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Limits for `npm run check` and the build, in the optional file
 * `content/checks.yaml`, so an agency can match its hosting without code.
 * Environment variables override it for one run.
 */
export const checkConfigSchema = z.strictObject({
  /** Largest photo in megabytes. Phones make 3–8 MB photos; a web page needs far less. */
  maxPhotoMB: z.number().positive().default(5),
  /** Largest document (PDF) in megabytes. */
  maxDocumentMB: z.number().positive().default(10),
  /** External link checking. */
  externalLinks: z
    .strictObject({
      /** Seconds to wait for one answer. */
      timeoutSeconds: z.number().positive().default(10),
      /** Extra tries after a failure or time-out. */
      retries: z.number().int().min(0).max(5).default(2),
      /** Links checked at the same time. */
      concurrency: z.number().int().min(1).max(32).default(8),
    })
    .default({ timeoutSeconds: 10, retries: 2, concurrency: 8 }),
});
export type CheckConfig = z.output<typeof checkConfigSchema>;

/** Reads `content/checks.yaml` (all fields optional) and the ITA_MAX_PHOTO_MB / ITA_MAX_DOCUMENT_MB overrides. */
export function loadCheckConfig(root: string, env: NodeJS.ProcessEnv = process.env): CheckConfig {
  const file = join(root, 'content', 'checks.yaml');
  const raw: unknown = existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {};
  const result = checkConfigSchema.safeParse(raw);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`content/checks.yaml อ่านไม่ได้ (${detail}) / content/checks.yaml is not valid (${detail})`);
  }
  const config = result.data;
  const photo = Number(env.ITA_MAX_PHOTO_MB);
  const document = Number(env.ITA_MAX_DOCUMENT_MB);
  return {
    ...config,
    ...(photo > 0 ? { maxPhotoMB: photo } : {}),
    ...(document > 0 ? { maxDocumentMB: document } : {}),
  };
}
