import { z } from 'zod';
import { daySchema } from './dates';

/**
 * Evidence that a step happened. Files live under `content/evidence/` and are
 * named by their path inside that folder (e.g. `2568/ป้ายประกาศ-01.jpg` is not
 * allowed: names must be URL-safe, see the file-name rule below).
 */

/** A path inside `content/evidence/`, URL-safe so assessors' links never break on encoding. */
export const evidencePathSchema = z.string().regex(/^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*\.[a-z0-9]+$/, {
  error:
    'ชื่อไฟล์ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข จุด ขีด หรือขีดล่าง ไม่มีช่องว่างหรือภาษาไทย เช่น 2568/meeting-01.jpg / the file name must use only a–z, 0–9, ".", "-" or "_" (no spaces or Thai), e.g. 2568/meeting-01.jpg',
});

/** A photo showing a step being carried out. */
export const photoSchema = z.strictObject({
  /** Image file inside `content/evidence/` (JPEG, PNG or WebP). */
  file: evidencePathSchema.regex(/\.(?:jpe?g|png|webp)$/, {
    error:
      'รูปภาพต้องเป็น .jpg .png หรือ .webp (ภาพ .heic จาก iPhone ให้ส่งออกเป็น JPEG ก่อน หรือตั้งกล้องเป็น "เข้ากันได้มากที่สุด") / a photo must be .jpg, .png or .webp (export an iPhone .heic photo as JPEG first, or set the camera to "Most Compatible")',
  }),
  /** Text alternative for people who cannot see the photo: say what it shows. Required (WCAG 1.1.1). */
  alt: z.string({ error: 'ทุกภาพต้องมีคำบรรยายสำหรับผู้พิการทางสายตา (alt) / every photo needs alt text' }).min(5, {
    error: 'คำบรรยายภาพ (alt) สั้นเกินไป ให้บอกว่าภาพแสดงอะไร / alt text is too short: say what the photo shows',
  }),
  /** Caption shown under the photo. */
  caption: z.string().optional(),
  /** Day the photo was taken (ISO or Thai). */
  date: daySchema.optional(),
});
export type Photo = z.output<typeof photoSchema>;

/** A document such as a signed order, minutes or a report, as a file. */
export const documentSchema = z.strictObject({
  /** File inside `content/evidence/` (PDF preferred). */
  file: evidencePathSchema,
  /** Title as shown in the list of documents. */
  title: z.string().min(1),
  /** Date of the document (ISO or Thai). */
  date: daySchema.optional(),
});
export type EvidenceDocument = z.output<typeof documentSchema>;

/** A page elsewhere, e.g. the organisation's Facebook post about the activity. */
export const linkSchema = z.strictObject({
  /** Full address starting with https:// or http:// (or mailto:/tel:); javascript:, data: and other schemes are refused. */
  url: z.url({
    protocol: /^(?:https?|mailto|tel)$/,
    error:
      'ต้องเป็นที่อยู่เว็บเต็ม ขึ้นต้นด้วย https:// (หรือ mailto: หรือ tel:) ห้ามใช้ javascript: data: หรือแบบอื่น / must be a full web address starting with https:// (or mailto: / tel:); javascript:, data: and other kinds are not allowed',
  }),
  /** What the link shows. */
  title: z.string().min(1),
  /** Day the linked post or page was published (ISO or Thai). */
  date: daySchema.optional(),
});
export type EvidenceLink = z.output<typeof linkSchema>;

/** All evidence of one measure. */
export const evidenceSchema = z
  .object({
    /** Photos, shown as a gallery. */
    photos: z.array(photoSchema).default([]),
    /** Documents, listed with type, size and date. */
    documents: z.array(documentSchema).default([]),
    /** External links. */
    links: z.array(linkSchema).default([]),
  })
  .default({ photos: [], documents: [], links: [] });
export type Evidence = z.output<typeof evidenceSchema>;
