import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { BuildContext } from '@/build/steps';
import { normaliseBase } from '@/lib/site/site-config';

/**
 * What `npm run build` passes on: `--strict`, `--offline` (Astro's own command line has no place for them), and
 * that it has just run the content checks itself, so a refusal comes before Astro starts (9 s, not 27 s, at load 13).
 */
export const BUILD_FLAGS_ENV = {
  strict: 'ITA_STRICT',
  offline: 'ITA_OFFLINE',
  contentChecked: 'ITA_CONTENT_CHECKED',
} as const;

type Stages = typeof import('./build-stages');

/**
 * The site's own build work as part of `astro build`, so Astro alone makes the site `npm run build` publishes:
 * the content is validated and checked before anything is rendered (astro:config:setup, before Astro reads a
 * collection), and the search index, hosting files, dist checks, Thai word breaks and build-info.json are made
 * in the folder Astro has just written (astro:build:done). An error fails Astro's build; `npm run build` builds
 * into a staging folder, so a failed build never touches dist/ (astro build alone writes its outDir in place).
 */
export function itaBuild(root: string): AstroIntegration {
  let context: BuildContext | undefined;
  // The steps load through tsx, not through the Vite runner Astro loads this config with: that runner is closed
  // once the config is read, and the steps import modules as they run (pdf.js, the site's own pagefind.js).
  const loadStages = async (): Promise<Stages> => tsImport('./build-stages.ts', import.meta.url) as Promise<Stages>;
  return {
    name: 'ita:build',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        // `astro dev`, `astro sync` and the test runner's Vite config render nothing to publish.
        if (command !== 'build') return;
        const checked = await (
          await loadStages()
        ).checkBeforeBuild({
          root,
          outDir: fileURLToPath(config.outDir),
          // The location astro.config.mjs resolved from the organisation, or what `--site` / `--base` gave instead.
          site: new URL(config.site!).origin,
          base: normaliseBase(config.base),
          strict: process.env[BUILD_FLAGS_ENV.strict] === '1',
          offline: process.env[BUILD_FLAGS_ENV.offline] === '1',
          contentChecked: process.env[BUILD_FLAGS_ENV.contentChecked] === '1',
        });
        if (typeof checked === 'number') stop(checked);
        context = checked;
      },
      'astro:build:done': async ({ dir }) => {
        if (!context) return;
        const errors = await (await loadStages()).finishBuild(context, fileURLToPath(dir));
        if (errors) stop(errors);
      },
    },
  };
}

function stop(errors: number): never {
  const message = `หยุดสร้างเว็บเพราะพบข้อผิดพลาด ${errors} รายการ (รายละเอียดอยู่ด้านบน) / the build stopped on ${errors} error(s), listed above`;
  // Without a stack: Astro would print this file's line and a trace, which tells staff nothing they can act on.
  throw Object.assign(new Error(message), { stack: message });
}
