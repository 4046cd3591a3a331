import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContent, measure } from '../support/content';
import { checkConfigSchema } from '@/lib/checks/config';
import { checkLinks, detectOffline } from '@/lib/checks/external-links';
import { checkExternalLinkContent } from '@/lib/checks/external-links-check';

// Only a local server on 127.0.0.1: this test never touches the network.
let server: Server;
let origin = '';
const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    res.on('close', () => inFlight--);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/ok') res.writeHead(200).end('ok');
    else if (path === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (path === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    else if (path === '/flaky') res.writeHead(hits.get(path)! < 3 ? 503 : 200).end();
    else if (path === '/slow') setTimeout(() => res.writeHead(200).end(), 2000).unref();
    else res.writeHead(404).end('gone');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('checkLinks', () => {
  it('reports dead, slow and flaky links correctly, checking them concurrently', async () => {
    const urls = ['/ok', '/moved', '/no-head', '/flaky', '/missing', '/slow', '/ok'].map((p) => origin + p);
    const results = await checkLinks(urls, { timeoutMs: 300, retries: 2, concurrency: 6, backoffMs: 10 });
    const byPath = Object.fromEntries(results.map((r) => [r.url.slice(origin.length), r]));
    expect(results).toHaveLength(6);
    expect(byPath['/ok']).toMatchObject({ ok: true, status: 200, tries: 1 });
    expect(byPath['/moved']).toMatchObject({ ok: true, status: 200 });
    expect(byPath['/no-head']).toMatchObject({ ok: true, status: 200 });
    expect(byPath['/flaky']).toMatchObject({ ok: true, tries: 3 });
    expect(byPath['/missing']).toMatchObject({ ok: false, status: 404, tries: 1 });
    expect(byPath['/slow']).toMatchObject({ ok: false, tries: 3 });
    expect(byPath['/slow']!.error).toMatch(/no answer within 0.3 s/);
    // Requests overlapped, and never more than the limit at once.
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(6);
  });
});

describe('detectOffline', () => {
  it('skips in CI and with --offline without any look-up', async () => {
    expect(await detectOffline(['https://www.example.go.th/'], { offline: false, env: { CI: 'true' } })).toMatch(/CI/);
    expect(await detectOffline(['https://www.example.go.th/'], { offline: true, env: {} })).toMatch(/--offline/);
  });

  it('checks when the addresses are local IPs, which need no DNS', async () => {
    expect(await detectOffline([`${origin}/ok`], { offline: false, env: {} })).toBeUndefined();
  });
});

describe('checkExternalLinkContent', () => {
  const config = checkConfigSchema.parse({ externalLinks: { timeoutSeconds: 0.3, retries: 0, concurrency: 4 } });
  const content = () =>
    makeContent({
      measures: [
        [
          '2569/a.mdx',
          measure(2569, {
            evidence: {
              links: [
                { url: `${origin}/ok`, title: 'ใช้ได้' },
                { url: `${origin}/missing`, title: 'หายไป' },
              ],
            },
          }),
        ],
        [
          '2569/draft.mdx',
          measure(2569, { draft: true, evidence: { links: [{ url: `${origin}/draft-only`, title: 'ร่าง' }] } }),
        ],
      ],
    });

  it('reports a dead link as a warning naming the file and field, and as an error only with --strict', async () => {
    const relaxed = await checkExternalLinkContent(content(), config, { offline: false, strict: false, env: {} });
    expect(relaxed.problems.map((p) => [p.severity, p.file, p.field])).toEqual([
      ['warning', 'content/measures/2569/a.mdx', 'evidence.links[1].url'],
    ]);
    expect(relaxed.problems[0]!.en).toContain('HTTP 404');
    expect(relaxed.stats).toMatchObject({ links: 2, checked: 2, dead: 1 });
    const strict = await checkExternalLinkContent(content(), config, { offline: false, strict: true, env: {} });
    expect(strict.problems.map((p) => p.severity)).toEqual(['error']);
    expect(hits.has('/draft-only')).toBe(false);
  });

  it('skips with a note, and no request, when offline', async () => {
    const before = hits.get('/missing');
    const offline = await checkExternalLinkContent(content(), config, { offline: true, strict: true, env: {} });
    expect(offline.problems).toEqual([]);
    expect(offline.notes[0]).toContain('skipped checking 2 external link(s)');
    expect(hits.get('/missing')).toBe(before);
  });
});
