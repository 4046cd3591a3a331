import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { evidenceFilePath, listPublishedDocumentFiles } from '@/lib/data/evidence';

// Only documents a published entry lists are written out, so a draft's files never reach the site.
export const getStaticPaths = (async () =>
  (await listPublishedDocumentFiles()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readFileSync(evidenceFilePath(String(params.file))));
