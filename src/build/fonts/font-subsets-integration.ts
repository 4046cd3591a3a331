import type { AstroIntegration } from 'astro';
import { writeFontFacesCss } from './font-faces-css';
import { writeSarabunSubsets } from './subset-sarabun';

/**
 * Cuts Sarabun down to the site's characters and writes the @font-face stylesheet that names those files
 * (.build/fonts/) before Vite reads it (src/components/site/FontFaces.astro). Runs for `astro dev` too.
 */
export function fontSubsets(root: string): AstroIntegration {
  return {
    name: 'ita:font-subsets',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const { dir, written, characters } = await writeSarabunSubsets(root);
        writeFontFacesCss(dir);
        if (written) logger.info(`Sarabun subset to ${[...characters].length} characters`);
      },
    },
  };
}
