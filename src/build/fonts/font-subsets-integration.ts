import type { AstroIntegration } from 'astro';
import { writeSarabunSubsets } from './subset-sarabun';

/**
 * Cuts Sarabun down to the site's characters before Vite reads src/styles/fonts.css,
 * which refers to the files this writes (.build/fonts/). Runs for `astro dev` too.
 */
export function fontSubsets(root: string): AstroIntegration {
  return {
    name: 'ita:font-subsets',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const { written, characters } = await writeSarabunSubsets(root);
        if (written) logger.info(`Sarabun subset to ${[...characters].length} characters`);
      },
    },
  };
}
