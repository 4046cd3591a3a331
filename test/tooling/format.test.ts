import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

// One line width and one style for every source file, so a diff shows what changed and not who typed it.
// `npm run format` fixes what this test finds.
const ROOTS = ['src', 'scripts', 'test', 'astro.config.mjs', 'vitest.config.ts', 'package.json', 'tsconfig.json'];

function listFiles(): string[] {
  return ROOTS.flatMap((root) =>
    root.includes('.')
      ? [root]
      : readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => join(root, f).split('\\').join('/')),
  ).filter((f) => /\.(ts|mts|mjs|js|astro|css|html|json)$/.test(f));
}

describe('source formatting', () => {
  it('every source file is as Prettier writes it (npm run format)', async () => {
    const unformatted: string[] = [];
    for (const file of listFiles()) {
      const info = await prettier.getFileInfo(file, { ignorePath: '.prettierignore', resolveConfig: true });
      if (info.ignored || !info.inferredParser) continue;
      const options = await prettier.resolveConfig(file);
      const ok = await prettier.check(readFileSync(file, 'utf8'), { ...options, filepath: file });
      if (!ok) unformatted.push(file);
    }
    expect(unformatted, 'run `npm run format`').toEqual([]);
  });

  it('lines are at most 120 characters wide in the project style', async () => {
    const options = await prettier.resolveConfig('src/lib/site/pages.ts');
    expect(options?.printWidth).toBe(120);
  });
});

describe('where tests live', () => {
  it('in test/ only: vitest looks nowhere else, so a test beside the code in src/ or scripts/ would never run', () => {
    const stray = ['src', 'scripts'].flatMap((root) =>
      readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(test|spec)\.[cm]?[jt]s$/.test(f))
        .map((f) => join(root, f)),
    );
    expect(stray).toEqual([]);
  });
});
