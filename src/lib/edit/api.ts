import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { editEn, editTh } from '@/lib/i18n/edit-ui';
import { BuildJob } from './build-job';
import { listEntries, readChoices, readDateText } from './choices';
import { CONTENT_KINDS, findContentKind } from './content-kinds';
import { describeEvidence, makeThumbnail, shrinkPhoto, storeEvidence } from './evidence-upload';
import { readFieldDocs, readValueDocs } from './field-docs';
import { AppImports } from './import-from-app';
import { DevPreview } from './dev-preview';
import { ImportError } from '@/lib/import/read-source';
import { splitBilingual } from '@/lib/validate/problem';
import { buildFormSchema } from './form-schema';
import { readContentData, type FieldChange } from './frontmatter-edit';
import { UnsafePathError, resolveContentPath } from './safe-path';
import { saveEntry } from './save-entry';
import { saveForm, type FormSave } from './save-form';

/** An answer: JSON, or bytes with their type (thumbnails). */
export interface Answer {
  status: number;
  body: unknown;
  type?: string;
}

const MAX_JSON = 2 * 1024 * 1024;
const MAX_UPLOAD = 60 * 1024 * 1024;

/** The app's API. Every request has already passed the Host, Origin and token checks. */
export function routeApi(
  root: string,
): ((request: IncomingMessage, url: URL) => Promise<Answer | undefined>) & { stop(): void } {
  const docs = readFieldDocs(root);
  const valueDocs = readValueDocs(root);
  const schemas = Object.fromEntries(CONTENT_KINDS.map((kind) => [kind.id, buildFormSchema(kind, docs, valueDocs)]));
  const build = new BuildJob(root);
  const imports = new AppImports(root);
  const preview = new DevPreview(root);
  const route = async (request: IncomingMessage, url: URL): Promise<Answer | undefined> => {
    const key = `${request.method} ${url.pathname}`;
    const q = (name: string) => url.searchParams.get(name) ?? '';
    try {
      switch (key) {
        case 'GET /api/strings':
          return ok({ th: editTh, en: editEn });
        case 'GET /api/kinds':
          return ok(schemas);
        case 'GET /api/entries':
          return ok(listEntries(root));
        case 'GET /api/choices':
          return ok(readChoices(root));
        case 'GET /api/date':
          return ok(
            readDateText(q('text'), q('mode') === 'period' ? 'period' : 'day', Number(q('fiscalYear')) || undefined),
          );
        case 'GET /api/entry': {
          const path = q('path');
          const absolute = resolveContentPath(root, path);
          const kind = findContentKind(path);
          if (!kind) return refuse(400, 'ไม่ใช่ไฟล์ข้อมูล', 'not a content file');
          const text = readFileSync(absolute, 'utf8');
          return ok({ path, kind: kind.id, text, ...readContentData(text, kind.isYaml) });
        }
        case 'POST /api/save': {
          const body = (await readJson(request)) as (Partial<FormSave> & { changes?: FieldChange[] }) | undefined;
          if (!body || typeof body.path !== 'string') return refuse(400, 'คำขอไม่ถูกต้อง', 'bad request');
          resolveContentPath(root, body.path);
          const options = {
            ...(body.create ? { create: true } : {}),
            ...(typeof body.body === 'string' ? { body: body.body } : {}),
          };
          const result = Array.isArray(body.changes)
            ? saveEntry(root, body.path, body.changes, options)
            : body.data && typeof body.data === 'object'
              ? await saveForm(root, { path: body.path, data: body.data, ...options })
              : undefined;
          if (!result) return refuse(400, 'คำขอไม่ถูกต้อง', 'bad request');
          return { status: result.written ? 200 : 422, body: result };
        }
        case 'POST /api/upload': {
          const year = Number(q('year'));
          if (!Number.isInteger(year) || year < 2540 || year > 2700)
            return refuse(400, 'ปีงบประมาณไม่ถูกต้อง', 'bad fiscal year');
          const bytes = await readRaw(request, MAX_UPLOAD);
          if (!bytes) return refuse(413, 'ไฟล์ใหญ่เกิน 60 MB', 'file larger than 60 MB');
          return ok(await storeEvidence(root, year, q('name'), bytes));
        }
        case 'GET /api/evidence':
          return ok(await describeEvidence(root, q('file')));
        case 'POST /api/shrink': {
          const body = (await readJson(request)) as { file?: string } | undefined;
          if (typeof body?.file !== 'string') return refuse(400, 'คำขอไม่ถูกต้อง', 'bad request');
          return ok(await shrinkPhoto(root, body.file));
        }
        case 'GET /thumb':
          return { status: 200, body: await makeThumbnail(root, q('file')), type: 'image/webp' };
        case 'POST /api/import/plan': {
          const bytes = await readRaw(request, MAX_UPLOAD);
          if (!bytes) return refuse(413, 'ไฟล์ใหญ่เกิน 60 MB', 'file larger than 60 MB');
          const year = Number(q('year'));
          const round = Number(q('round'));
          return ok(
            await imports.plan(q('name'), bytes, {
              ...(year ? { fiscalYear: year } : {}),
              ...(round === 6 || round === 12 ? { round } : {}),
            }),
          );
        }
        case 'POST /api/import/write': {
          const body = (await readJson(request)) as { id?: string } | undefined;
          if (typeof body?.id !== 'string') return refuse(400, 'คำขอไม่ถูกต้อง', 'bad request');
          return ok(imports.write(body.id));
        }
        case 'POST /api/preview':
          return ok(await preview.start());
        case 'GET /api/preview':
          return ok(preview.state);
        case 'POST /api/build':
          // The dev server and the build would both write .astro/: the preview pauses while the site is built.
          preview.stop();
          return ok(build.start());
        case 'GET /api/build':
          return ok(build.state);
        default:
          return undefined;
      }
    } catch (error) {
      if (error instanceof UnsafePathError || error instanceof RangeError || error instanceof ImportError) {
        const [th, en] = splitBilingual(error.message);
        return refuse(400, th, en);
      }
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return refuse(404, 'ไม่พบไฟล์', 'file not found');
      throw error;
    }
  };
  return Object.assign(route, { stop: () => preview.stop() });
}

function ok(body: unknown): Answer {
  return { status: 200, body };
}

function refuse(status: number, th: string, en: string): Answer {
  return { status, body: { th, en } };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return undefined;
  const bytes = await readRaw(request, MAX_JSON);
  try {
    return bytes ? JSON.parse(bytes.toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
}

async function readRaw(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
