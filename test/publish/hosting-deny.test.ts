/**
 * What `npm run publish` leaves on the hosting besides the site — its manifest and, while a file is on its way,
 * the temporary name it is written under — must not be served: the shipped .htaccess denies both, read with the
 * same rules reader the search and Lighthouse benches serve the site through.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '@/lib/publish/manifest';
import { UPLOAD_SUFFIX } from '@/lib/publish/transport';
import { readHostingRules, serveHosted } from '../../scripts/support/serve-hosted';
import { projectRoot } from '../support/temp-project';

const htaccess = readFileSync(join(projectRoot, 'public/.htaccess'), 'utf8');
const denied = (name: string) => readHostingRules(htaccess).denied.some((pattern) => pattern.test(name));

describe('the shipped .htaccess and what publish leaves on the server', () => {
  it('denies the manifest and every temporary upload name, Thai and spaced names included', () => {
    expect(denied(MANIFEST_NAME)).toBe(true);
    for (const name of ['index.html', 'pagefind-entry.json', 'ภาพกิจกรรม 1.jpg', '.htaccess', 'feed.xml']) {
      expect(denied(`${name}${UPLOAD_SUFFIX}`)).toBe(true);
    }
  });

  it('still serves every kind of file the site is made of', () => {
    for (const name of [
      'index.html',
      '404.html',
      'oit-2569.json',
      'oit-2569.csv',
      'feed.xml',
      'pagefind.js',
      'pagefind-entry.json',
      'wasm.th.pagefind',
      'en_1a2b3c.pf_fragment',
      'ภาพกิจกรรม 1.jpg',
      'report.pdf',
      'ita-publish.json',
      'x.ita-publish.json',
    ]) {
      expect(denied(name), name).toBe(false);
    }
  });

  describe('served as the hosting would', () => {
    let dir: string;
    let site: Awaited<ReturnType<typeof serveHosted>>;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ita-deny-'));
      writeFileSync(join(dir, '.htaccess'), htaccess);
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ok</title>');
      writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
      writeFileSync(join(dir, MANIFEST_NAME), '{"index.html":{"hash":"x","size":1}}');
      writeFileSync(join(dir, `ข่าว 1.html${UPLOAD_SUFFIX}`), 'half-sent');
      site = await serveHosted(dir, '/ita/');
    });
    afterAll(() => {
      site?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers 403 for the manifest and a half-sent file, 200 for a page', async () => {
      const status = async (name: string) => (await fetch(`${site.origin}/ita/${encodeURIComponent(name)}`)).status;
      expect(await status('index.html')).toBe(200);
      expect(await status(MANIFEST_NAME)).toBe(403);
      expect(await status(`ข่าว 1.html${UPLOAD_SUFFIX}`)).toBe(403);
    });
  });
});
