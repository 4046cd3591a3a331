import { existsSync, readFileSync } from 'node:fs';
import { loadCheckConfig } from '@/lib/checks/config';
import { runContentChecks, todayInBangkok } from '@/lib/checks/run-content-checks';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import { validateContent } from '@/lib/validate/validate-content';
import { findContentKind } from './content-kinds';
import { cleanValue, diffFormData } from './data-diff';
import { readContentData } from './frontmatter-edit';
import { resolveContentPath } from './safe-path';
import { saveEntry, type SaveResult } from './save-entry';

/** What the browser sends on Save: the whole record as the form holds it. */
export interface FormSave {
  path: string;
  data: Record<string, unknown>;
  /** The MDX body; written only when it differs from the file's. */
  body?: string;
  create?: boolean;
}

/**
 * Saves the form: only the fields that differ from the file are changed
 * (see diffFormData), the editor's own rules are checked first (every new
 * photo has a caption), the file is written only when the build's schema
 * accepts it, and then the build's content checks — evidence files,
 * privacy guard, fiscal-year calendar — run and their problems for this
 * file are returned with the save's.
 */
export async function saveForm(root: string, request: FormSave): Promise<SaveResult> {
  const absolute = resolveContentPath(root, request.path);
  const kind = findContentKind(request.path);
  const file = `content/${request.path}`;
  const before =
    existsSync(absolute) && kind
      ? readContentData(readFileSync(absolute, 'utf8'), kind.isYaml)
      : { data: {}, body: '' };
  const editorProblems = checkEditorRules(file, before.data, request.data);
  if (editorProblems.length > 0) return { written: false, problems: editorProblems };
  const changes = request.create
    ? Object.entries(cleanValue(request.data) as object).map(([key, value]) => ({ path: [key], value }))
    : diffFormData(before.data, request.data);
  const result = saveEntry(root, request.path, changes, {
    ...(request.create ? { create: true } : {}),
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  if (!result.written || result.problems.some((p) => p.severity === 'error')) return result;
  try {
    const validation = validateContent(root);
    const outcomes = await runContentChecks(root, validation.content, {
      config: loadCheckConfig(root),
      offline: true,
      strict: false,
      today: todayInBangkok(),
    });
    const more = outcomes.flatMap((o) => o.problems).filter((p) => p.file === file);
    return { ...result, problems: [...result.problems, ...more] };
  } catch (error) {
    // The file is written either way; say that the further checks did not run rather than report a failed save.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...result,
      problems: [
        ...result.problems,
        problem('warning', file, undefined, {
          th: `บันทึกแล้ว แต่ตรวจไฟล์หลักฐานและข้อมูลส่วนบุคคลไม่ได้ (${reason}) ให้สั่ง npm run check`,
          en: `saved, but the evidence and privacy checks could not run (${reason}): run npm run check`,
        }),
      ],
    };
  }
}

/** Rules of the editing app on top of the schema: a photo added here needs a caption as well as alt text. */
function checkEditorRules(file: string, before: unknown, after: Record<string, unknown>): Problem[] {
  const known = new Set(photosOf(before).map((p) => p.file));
  return photosOf(after).flatMap((photo, index) =>
    !known.has(photo.file) && !(typeof photo.caption === 'string' && photo.caption.trim())
      ? [
          problem('error', file, `evidence.photos[${index}].caption`, {
            th: 'ใส่คำบรรยายใต้ภาพ (caption) ก่อนบันทึก',
            en: 'add a caption under the photo before saving',
          }),
        ]
      : [],
  );
}

function photosOf(data: unknown): Array<{ file?: string; caption?: unknown }> {
  const photos = (data as { evidence?: { photos?: unknown } } | undefined)?.evidence?.photos;
  return Array.isArray(photos) ? photos : [];
}
