import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { prepareMdxBody } from '@/lib/validate/mdx-body';

const FRONT_MATTER = /^(\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?)([\s\S]*)$/;

/**
 * Runs prepareMdxBody on every MDX file under content/ before @astrojs/mdx
 * compiles it, so `<br>`, HTML comments and braces pasted from Word build as the
 * content check promised (it runs the same function). Listed before mdx() so its
 * Vite plugin comes first among the `enforce: 'pre'` plugins.
 */
export function mdxBodies(root: string): AstroIntegration {
  const contentDir = resolve(root, 'content');
  return {
    name: 'ita:mdx-bodies',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'ita:prepare-mdx-body',
                enforce: 'pre',
                transform(code: string, id: string) {
                  // Only the file itself (as @astrojs/mdx matches it): ids with a query are its compiled JavaScript.
                  if (!id.endsWith('.mdx') || !resolve(id).startsWith(contentDir)) return undefined;
                  const match = FRONT_MATTER.exec(code);
                  const head = match ? match[1]! : '';
                  return { code: head + prepareMdxBody(match ? match[2]! : code).text, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
