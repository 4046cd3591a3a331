import type { ValidatedContent } from '@/lib/validate/validate-content';
import type { PrivacyOverride } from '@/schemas/privacy';

/** One use of an evidence file by a published entry. */
export interface EvidenceReference {
  /** Path inside content/evidence/. */
  file: string;
  /** Content file that names it, for messages. */
  source: string;
  /** Field that names it. */
  field: string;
  kind: 'photo' | 'document';
  /** The entry's privacy override, which also covers its attachments. */
  privacyOverride?: PrivacyOverride | undefined;
}

/** Evidence files named by published entries (drafts publish nothing, so their files are not checked). */
export function listEvidenceReferences(content: ValidatedContent): EvidenceReference[] {
  const refs: EvidenceReference[] = [];
  for (const { raw, data } of content.measures) {
    if (data.draft) continue;
    data.evidence.photos.forEach((p, i) =>
      refs.push({
        file: p.file,
        source: raw.file,
        field: `evidence.photos[${i}].file`,
        kind: 'photo',
        privacyOverride: data.privacyOverride,
      }),
    );
    data.evidence.documents.forEach((d, i) =>
      refs.push({
        file: d.file,
        source: raw.file,
        field: `evidence.documents[${i}].file`,
        kind: isImage(d.file) ? 'photo' : 'document',
        privacyOverride: data.privacyOverride,
      }),
    );
  }
  for (const { raw, data } of content.announcements) {
    if (data.draft) continue;
    data.attachments.forEach((a, i) =>
      refs.push({
        file: a.file,
        source: raw.file,
        field: `attachments[${i}].file`,
        kind: isImage(a.file) ? 'photo' : 'document',
        privacyOverride: data.privacyOverride,
      }),
    );
  }
  for (const { raw, data } of content.oitItems ?? []) {
    if (data.draft) continue;
    data.documents.forEach((d, i) =>
      refs.push({
        file: d.file,
        source: raw.file,
        field: `documents[${i}].file`,
        kind: isImage(d.file) ? 'photo' : 'document',
        privacyOverride: data.privacyOverride,
      }),
    );
  }
  return refs;
}

export function isImage(file: string): boolean {
  return /\.(?:jpe?g|png|webp|gif|avif)$/i.test(file);
}
