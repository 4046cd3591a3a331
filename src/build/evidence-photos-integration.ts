import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Tells the page code where a build links original photos for Astro's image
 * pipeline (src/lib/data/evidence.ts), and that it is a build at all: Vite's
 * own DEV flag is true in a build started from the test runner (NODE_ENV=test),
 * whereas the command Astro runs is what decides how images are served.
 */
export function evidencePhotos(): AstroIntegration {
  return {
    name: 'ita:evidence-photos',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // The outDir Astro builds into, whether astro.config.mjs's or the one `--outDir` gave (npm run build's staging folder).
        const outDir = fileURLToPath(config.outDir);
        // A plain constant, not import.meta.env: Astro fills import.meta.env from process.env first, and the test
        // runner exports every import.meta.env value it saw (empty, in its dev-mode config) to the builds it starts.
        updateConfig({
          vite: { define: { __ITA_PHOTO_LINK_DIR__: JSON.stringify(command === 'build' ? outDir : '') } },
        });
      },
    },
  };
}
