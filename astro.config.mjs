// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evidencePhotos } from './src/build/evidence-photos-integration.ts';
import { fontSubsets } from './src/build/fonts/font-subsets-integration.ts';
import { mdxBodies } from './src/build/mdx-bodies-integration.ts';
import { itaBuild } from './src/integrations/ita-build.ts';
import { resolveSiteLocation } from './src/lib/site/site-config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Where the site is published, from content/organisation.yaml through its schema. `npm run build` resolves the
// same location from the validated organisation (with its --base) and hands it over as `astro build --site --base`,
// which override these, as does its `--outDir` (a staging folder) the default dist/.
const { site, base } = resolveSiteLocation(join(root, 'content', 'organisation.yaml'));

export default defineConfig({
  site,
  base,
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
  // itaBuild (last, so its astro:build:done runs after the others'): content checks before rendering; search index,
  // hosting files, dist checks, word breaks and build-info.json after, so `astro build` alone makes the whole site.
  integrations: [fontSubsets(root), mdxBodies(root), mdx(), evidencePhotos(), itaBuild(root)],
  devToolbar: { enabled: false },
});
