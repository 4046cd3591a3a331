import { readFileSync, writeFileSync } from 'node:fs';
import { listFiles } from '@/lib/validate/read-content';
import { loadThaiDictionary } from '@/lib/thai/thai-dictionary';
import { asBuildStep } from '@/build/checks/as-build-step';
import { markThaiBreaks } from './mark-thai-breaks';

/**
 * Puts Thai line breaks at word ends in every built page (mark-thai-breaks.ts).
 * Runs after the search index and every check of the built site (src/build/steps.ts),
 * so they read the pages exactly as Astro wrote them.
 */
export const thaiBreaksStep = asBuildStep('ตัดบรรทัดภาษาไทยตามคำ / Thai line breaks at word ends', (context) => {
  const dictionary = loadThaiDictionary();
  let pages = 0;
  let added = 0;
  for (const file of listFiles(context.outDir, /\.html$/)) {
    if (/[\\/](?:pagefind|_astro)[\\/]/.test(file)) continue;
    const html = readFileSync(file, 'utf8');
    const marked = markThaiBreaks(html, dictionary);
    if (marked === html) continue;
    writeFileSync(file, marked);
    pages++;
    added += marked.length - html.length;
  }
  return {
    name: 'thai-breaks',
    problems: [],
    notes: [],
    stats: { pages, words: dictionary.size, 'bytes added': added },
  };
});
