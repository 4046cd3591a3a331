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
  /**
   * Document kinds the privacy guard cannot read (anything but PDF, Office/OpenDocument, CSV, TXT, HTML and
   * images) are refused unless listed here, each with why it must be published as it is and who approved —
   * the same shape as an entry's privacyOverride. `ext` is the extension without its dot, e.g. `dwg`.
   */
  otherDocumentKinds: z
    .array(
      z.strictObject({
        ext: z.string().regex(/^[a-z0-9]+$/, {
          error: 'ext ต้องเป็นนามสกุลไฟล์ตัวเล็กไม่มีจุด เช่น dwg / ext must be a lower-case extension without the dot, e.g. dwg',
        }),
        reason: z
          .string()
          .min(20, { error: 'ต้องให้เหตุผลที่ชัดเจน (อย่างน้อย 20 ตัวอักษร) / give a real reason (at least 20 characters)' }),
        approvedBy: z.string().min(2),
      }),
    )
    .default([]),
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
