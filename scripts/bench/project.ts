import { cpSync, linkSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

// Never copied: build output, caches and the content the synthetic organisation replaces.
const SKIPPED = new Set([
  'node_modules',
  'dist',
  '.build',
  '.astro',
  '.cache',
  '.bench',
  '.git',
  'content',
  'test-results',
]);

/**
 * A full copy of the project in `target` with the synthetic content: sources
 * copied, content written by the caller, evidence hard-linked from the cached
 * corpus (no 12 GB copies), and node_modules as a real folder of symlinks so
 * the caches Astro keeps in `node_modules/.astro` belong to this copy alone —
 * a cold build here is really cold and never touches the developer's cache.
 */
export function createProjectCopy(root: string, target: string, evidenceDir: string): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(root)) {
    if (SKIPPED.has(name)) continue;
    cpSync(join(root, name), join(target, name), { recursive: true });
  }
  const modules = join(target, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  linkTree(evidenceDir, join(target, 'content', 'evidence'));
}

/**
 * Brings a kept project copy's sources up to this checkout's (build caches, content and dist/ stay), so a warm
 * rebuild measures today's code rather than the code of the run that made the copy.
 */
export function refreshProjectSources(root: string, target: string): void {
  for (const name of readdirSync(target)) {
    if (!SKIPPED.has(name) && !name.startsWith('.publish'))
      rmSync(join(target, name), { recursive: true, force: true });
  }
  for (const name of readdirSync(root)) {
    if (!SKIPPED.has(name)) cpSync(join(root, name), join(target, name), { recursive: true });
  }
  const modules = join(target, 'node_modules');
  const linked = new Set(readdirSync(modules));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if ((name.startsWith('.') && name !== '.bin') || linked.has(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
}

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) linkTree(source, join(to, entry.name));
    else linkSync(source, join(to, relative(from, source)));
  }
}

/** Removes every cache a build could reuse, so the next build is cold. */
export function clearBuildCaches(project: string, outDir: string): void {
  for (const path of [
    'node_modules/.astro',
    'node_modules/.vite',
    'node_modules/.cache',
    '.astro',
    '.cache',
    '.build',
  ]) {
    rmSync(join(project, path), { recursive: true, force: true });
  }
  rmSync(outDir, { recursive: true, force: true });
}
