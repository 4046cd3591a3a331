import { evidencePathSchema } from '@/schemas/evidence';

/**
 * The evidence path a clerk most likely meant: Windows back-slashes turned to
 * `/`, a leading `content/evidence/` dropped (paths are inside that folder),
 * capitals lowered (`.JPG`, `.PDF`). `undefined` when nothing simple fixes it,
 * e.g. a Thai file name, which needs a new name rather than a correction.
 */
export function suggestEvidencePath(value: string): string | undefined {
  const fixed = value
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)?(?:content\/)?evidence\//i, '')
    .toLowerCase();
  return fixed !== value && evidencePathSchema.safeParse(fixed).success ? fixed : undefined;
}
