import type { APIRoute, GetStaticPaths } from 'astro';
import { getAnswerSheetYears, loadAnswerSheet } from '@/lib/oit/load-answer-sheet';
import { toAnswerSheetCsv, toAnswerSheetJson } from '@/lib/oit/sheet-export';

// /oit/<year>/oit-<year>.csv and .json: the answer sheet for Excel and for machines.
export const getStaticPaths = (async () =>
  (await getAnswerSheetYears()).flatMap((year) =>
    ['csv', 'json'].map((ext) => ({ params: { year: String(year), file: `oit-${year}.${ext}` } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const fiscalYear = Number(params.year);
  const rows = await loadAnswerSheet(fiscalYear, site);
  const csv = params.file?.endsWith('.csv');
  return new Response(csv ? toAnswerSheetCsv(rows) : toAnswerSheetJson(fiscalYear, rows), {
    headers: { 'content-type': csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' },
  });
};
