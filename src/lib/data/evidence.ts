import type { ImageMetadata } from 'astro';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { getPublishedAnnouncements } from './announcements';
import { getPublishedMeasures } from './measures';

/**
 * Evidence files live in `content/evidence/`, outside src/. Photos are
 * imported lazily so only the ones a published page renders are processed by
 * sharp (which drops EXIF, GPS included); documents are copied to
 * `/evidence/<path>` only when a published entry lists them.
 */
const photoModules = import.meta.glob<{ default: ImageMetadata }>('/content/evidence/**/*.{jpg,jpeg,png,webp}');

/** A photo ready for `<Picture>`/`getImage`, with its size read without publishing the original. */
export interface EvidencePhoto {
  image: ImageMetadata;
  width: number;
  height: number;
}

/**
 * Loads a photo named by its path inside content/evidence/. Reading any
 * property of an imported image marks the original as used, and Astro then
 * copies it to the site untouched, EXIF and GPS included; Astro's `clone`
 * gives the size without that, so only sharp's re-encoded files are published.
 */
export async function loadEvidencePhoto(file: string): Promise<EvidencePhoto> {
  const load = photoModules[`/content/evidence/${file}`];
  if (!load) {
    throw new Error(`ไม่พบไฟล์ภาพ content/evidence/${file} / photo not found: content/evidence/${file}`);
  }
  const image = (await load()).default;
  const { width, height } = (image as ImageMetadata & { clone: ImageMetadata }).clone;
  return { image, width, height };
}

/** Absolute path of an evidence file on disk. */
export function evidenceFilePath(file: string): string {
  return join(process.cwd(), 'content', 'evidence', file);
}

const TYPE_LABELS: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  xls: 'Excel',
  xlsx: 'Excel',
  ppt: 'PowerPoint',
  pptx: 'PowerPoint',
  odt: 'OpenDocument',
  csv: 'CSV',
  zip: 'ZIP',
  jpg: 'JPEG',
  jpeg: 'JPEG',
  png: 'PNG',
};

/** What a listed document is: its type as people name it and its size in bytes. */
export interface DocumentFacts {
  typeLabel: string;
  bytes: number;
}

/** Reads a document's type and size so the list can say "PDF, ๓๔๐ KB" before anyone downloads it. */
export function readDocumentFacts(file: string): DocumentFacts {
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  return { typeLabel: TYPE_LABELS[extension] ?? extension.toUpperCase(), bytes: statSync(evidenceFilePath(file)).size };
}

/** Every document file a published measure or announcement lists; nothing a draft names. */
export async function listPublishedDocumentFiles(): Promise<string[]> {
  const files = new Set<string>();
  for (const measure of await getPublishedMeasures()) {
    for (const doc of measure.data.evidence.documents) files.add(doc.file);
  }
  for (const announcement of await getPublishedAnnouncements()) {
    for (const attachment of announcement.data.attachments) files.add(attachment.file);
  }
  return [...files].sort();
}
