import { getPublishedOitItemPages } from './oit-items';
import type { ImageMetadata } from 'astro';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listNamedFiles } from '@/lib/content/evidence-refs';
import { getPublishedAnnouncements } from './announcements';
import { getPublishedMeasures } from './measures';
import { linkOriginal, readPhotoFacts, stagedOriginalPath } from './photo-source';

/**
 * Evidence files live in `content/evidence/`, outside src/. Only the photos a
 * published page renders are processed by sharp (which drops EXIF, GPS
 * included); documents are copied to `/evidence/<path>` only when a published
 * entry lists them.
 */

/** A photo ready for `<Picture>`/`getImage`, with its size read without publishing the original. */
export interface EvidencePhoto {
  image: ImageMetadata;
  width: number;
  height: number;
}

/**
 * Loads a photo named by its path inside content/evidence/ as Astro's image
 * pipeline expects an imported image, but without importing it: an import
 * makes the bundler read every original in full and hold it in memory on
 * every build (19 s of a typical warm build, and 12 GB at ten times a typical
 * agency's size). The original is never published: the object carries no
 * property that marks it as used, so Astro drops it once the resized copies exist.
 */
export async function loadEvidencePhoto(file: string): Promise<EvidencePhoto> {
  const fsPath = evidenceFilePath(file);
  if (!existsSync(fsPath)) {
    throw new Error(`ไม่พบไฟล์ภาพ content/evidence/${file} / photo not found: content/evidence/${file}`);
  }
  const facts = await readPhotoFacts(fsPath, join(process.cwd(), 'node_modules', '.cache', 'ita-photos'));
  const { hash, ...metadata } = facts;
  const linkDir = __ITA_PHOTO_LINK_DIR__;
  let src: string;
  if (linkDir) {
    const staged = stagedOriginalPath(file, hash);
    linkOriginal(linkDir, staged, fsPath);
    src = `${import.meta.env.BASE_URL}${staged}`;
  } else {
    // The dev server serves originals through Vite's /@fs/ route, as it does for imported images.
    src = `/@fs${fsPath}?${new URLSearchParams({ origWidth: String(facts.width), origHeight: String(facts.height), origFormat: facts.format })}`;
  }
  const image = { src, ...metadata } as ImageMetadata;
  // Astro reads the original from here when a resize is not in its cache; not enumerable, so not part of the cache key.
  Object.defineProperty(image, 'fsPath', { value: fsPath, enumerable: false });
  return { image, width: facts.width, height: facts.height };
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
  const named = [
    ...(await getPublishedMeasures()).flatMap((m) => listNamedFiles('measures', m.data)),
    ...(await getPublishedAnnouncements()).flatMap((a) => listNamedFiles('announcements', a.data)),
    ...(await getPublishedOitItemPages()).flatMap((p) => listNamedFiles('oitItems', p.entry.data)),
  ];
  for (const { file, asPhoto } of named) if (!asPhoto) files.add(file);
  return [...files].sort();
}
