import type { ValidatedContent } from '@/lib/validate/validate-content';
import type { PrivacyOverride } from '@/schemas/privacy';
import { isPublished } from './entry-id';

/** One use of an evidence file by an entry. */
export interface EvidenceReference {
  /** Path inside content/evidence/. */
  file: string;
  /** Content file that names it, for messages. */
  source: string;
  /** Field that names it. */
  field: string;
  /** `photo`: shown (and resized) as a photo; `document`: linked as it is. */
  kind: 'photo' | 'document';
  /** The entry's privacy override, which also covers its attachments. */
  privacyOverride?: PrivacyOverride | undefined;
  /** The entry is published (not a draft). */
  published: boolean;
}

type Named = { file: string; field: string; asPhoto?: boolean };
type Entries = Pick<ValidatedContent, 'measures' | 'announcements' | 'oitItems'>;

/** The fields of each collection that name evidence files: the one list, read by validation and every check. */
const NAMED_FILES: { [K in keyof Entries]-?: (data: NonNullable<Entries[K]>[number]['data']) => Named[] } = {
  measures: (d) => [
    ...d.evidence.photos.map((p, i) => ({ file: p.file, field: `evidence.photos[${i}].file`, asPhoto: true })),
    ...d.evidence.documents.map((x, i) => ({ file: x.file, field: `evidence.documents[${i}].file` })),
  ],
  announcements: (d) => d.attachments.map((a, i) => ({ file: a.file, field: `attachments[${i}].file` })),
  oitItems: (d) => d.documents.map((x, i) => ({ file: x.file, field: `documents[${i}].file` })),
};

/** The evidence files one entry's data names (`asPhoto`: under evidence.photos), for the pages' own lists too. */
export function listNamedFiles<K extends keyof Entries>(
  collection: K,
  data: NonNullable<Entries[K]>[number]['data'],
): Named[] {
  return (NAMED_FILES[collection] as (data: unknown) => Named[])(data);
}

/** Every evidence file any entry names, drafts' too (validation checks that each exists). */
export function listAllEvidenceReferences(content: Entries): EvidenceReference[] {
  const refs: EvidenceReference[] = [];
  for (const name of Object.keys(NAMED_FILES) as (keyof Entries)[]) {
    for (const entry of content[name] ?? []) {
      const { raw, data } = entry as { raw: { file: string }; data: { privacyOverride?: PrivacyOverride } };
      for (const { file, field, asPhoto } of listNamedFiles(name, data as never))
        refs.push({
          file,
          source: raw.file,
          field,
          kind: asPhoto || isImage(file) ? 'photo' : 'document',
          privacyOverride: data.privacyOverride,
          published: isPublished(entry),
        });
    }
  }
  return refs;
}

/** Evidence files named by published entries (drafts publish nothing, so their files are not checked). */
export function listEvidenceReferences(content: Entries): EvidenceReference[] {
  return listAllEvidenceReferences(content).filter((ref) => ref.published);
}

export function isImage(file: string): boolean {
  return /\.(?:jpe?g|png|webp|gif|avif)$/i.test(file);
}
