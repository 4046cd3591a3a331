// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evidencePhotos } from './src/build/evidence-photos-integration.ts';
import { fontSubsets } from './src/build/fonts/font-subsets-integration.ts';
import { mdxBodies } from './src/build/mdx-bodies-integration.ts';
import { resolveSiteLocation } from './src/lib/site/site-config.ts';

// `npm run build` has validated the organisation and resolved the location already (ITA_SITE + ITA_BASE);
// `astro dev` reads it through the same schema.
const { site, base } =
  process.env.ITA_SITE && process.env.ITA_BASE
    ? { site: process.env.ITA_SITE, base: process.env.ITA_BASE }
    : resolveSiteLocation(fileURLToPath(new URL('./content/organisation.yaml', import.meta.url)));
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(root, process.env.ITA_OUT_DIR ?? 'dist');

// The build script (scripts/build.ts) builds into a staging folder and only
// replaces dist/ when every check has passed; ITA_OUT_DIR carries that folder.
export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // No inline scripts or styles, so the Content-Security-Policy in public/.htaccess
  // and public/_headers needs no 'unsafe-inline' and no per-page hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's
        // warning about it fills the build log with lines staff cannot act on.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
  // AVIF at sharp's default effort (4) was 70 % of all photo-processing time in `npm run bench`;
  // effort 2 encodes several times faster for files a few per cent larger.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  // evidencePhotos: original photos are linked into outDir while their resized copies are made.
  // fontSubsets: Sarabun cut down to the site's characters before the stylesheets are read.
  // mdxBodies (before mdx()): bodies pasted from Word (<br>, comments, braces) compile as the content check promised.
  integrations: [fontSubsets(root), mdxBodies(root), mdx(), evidencePhotos(outDir)],
  devToolbar: { enabled: false },
});
