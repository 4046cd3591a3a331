import { readFileSync, readdirSync, symlinkSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEditServer, type EditSession } from '@/lib/edit/server';
import { copyDemoRoot, send } from '../support/edit-app';

const FILE = 'measures/2569/budget-disclosure.mdx';

/** Every file under a folder with its size and modification time, to prove nothing was written. */
function snapshot(dir: string): string {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [`${join(d, e.name)}:${statSync(join(d, e.name)).mtimeMs}`],
    );
  return walk(dir).sort().join('\n');
}

describe('edit server refuses requests from outside the session', () => {
  let root: string;
  let session: EditSession;
  let good: Record<string, string>;
  const save = (changes: unknown, path = FILE) =>
    JSON.stringify({ path, changes: changes ?? [{ path: ['title'], value: 'ถูกแก้โดยผู้อื่น' }] });
  /** An evidence upload of `body` as the app sends one, with the session's headers changed by `override`. */
  const upload = (query: string, body: string, override: Record<string, string> = {}) =>
    send(
      session.port,
      'POST',
      `/api/upload?${query}`,
      { ...good, ...override, 'content-type': 'application/octet-stream' },
      body,
    );

  beforeAll(async () => {
    root = copyDemoRoot();
    session = await startEditServer(root);
    good = {
      host: `127.0.0.1:${session.port}`,
      origin: `http://127.0.0.1:${session.port}`,
      'x-edit-token': session.token,
      'content-type': 'application/json',
    };
  });
  afterAll(() => session.close());

  it('listens on 127.0.0.1 only', () => {
    expect((session.server.address() as { address: string }).address).toBe('127.0.0.1');
    expect(session.token.length).toBeGreaterThanOrEqual(32);
  });

  it.each([
    ['a wrong token', { 'x-edit-token': 'x'.repeat(32) }, 401],
    ['no token', { 'x-edit-token': '' }, 401],
    ['a foreign Origin', { origin: 'http://evil.example' }, 403],
    ['a look-alike Origin on another port', { origin: 'http://127.0.0.1:1' }, 403],
    ['a foreign Host (DNS rebinding)', { host: `evil.example:1234` }, 421],
  ])('refuses a save with %s and writes nothing', async (_, override, status) => {
    const before = snapshot(join(root, 'content'));
    const headers = { ...good, ...override } as Record<string, string>;
    const response = await send(session.port, 'POST', '/api/save', headers, save(undefined));
    expect(response.status).toBe(status);
    expect(snapshot(join(root, 'content'))).toBe(before);
  });

  it('refuses a save without an Origin header', async () => {
    const { origin: _, ...headers } = good;
    const before = snapshot(join(root, 'content'));
    expect((await send(session.port, 'POST', '/api/save', headers, save(undefined))).status).toBe(403);
    expect(snapshot(join(root, 'content'))).toBe(before);
  });

  it.each([
    '../package.json',
    'measures/../../x.mdx',
    '/etc/passwd',
    'measures\\..\\x.mdx',
    '.history/x.mdx',
    'measures/2569/./a.mdx',
  ])('refuses the path %s and writes nothing', async (path) => {
    const before = snapshot(root);
    const response = await send(session.port, 'POST', '/api/save', good, save([{ path: ['title'], value: 'x' }], path));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).en).toMatch(/refused/);
    expect(snapshot(root)).toBe(before);
  });

  it('does not follow a symbolic link out of content/', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'edit-outside-'));
    symlinkSync(outside, join(root, 'content', 'measures', 'linked'));
    const response = await send(
      session.port,
      'POST',
      '/api/save',
      good,
      JSON.stringify({ path: 'measures/linked/a.mdx', create: true, changes: [{ path: ['title'], value: 'x' }] }),
    );
    expect(response.status).toBe(400);
    expect(readdirSync(outside)).toEqual([]);
  });

  it.each([
    ['a wrong token', { 'x-edit-token': 'y'.repeat(32) }, 401],
    ['a foreign Origin', { origin: 'http://evil.example' }, 403],
  ])('refuses an evidence upload with %s and writes nothing', async (_, override, status) => {
    const before = snapshot(join(root, 'content'));
    const response = await upload('year=2569&name=x.pdf', '%PDF-1.4', override);
    expect(response.status).toBe(status);
    expect(snapshot(join(root, 'content'))).toBe(before);
  });

  it('an upload named with .. lands inside content/evidence/<year>/ under a safe name', async () => {
    const response = await upload(`year=2569&name=${encodeURIComponent('../../../outside ไฟล์.pdf')}`, '%PDF-1.4');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).file).toBe('2569/outside.pdf');
    expect(readdirSync(join(root, 'content', 'evidence', '2569'))).toContain('outside.pdf');
    expect(readdirSync(root)).not.toContain('outside.pdf');
  });

  it('refuses an upload of a kind the site cannot publish, and a year that is not one', async () => {
    const before = snapshot(join(root, 'content'));
    expect((await upload('year=2569&name=run.exe', 'MZ')).status).toBe(400);
    expect((await upload('year=..&name=a.pdf', '%PDF')).status).toBe(400);
    expect(snapshot(join(root, 'content'))).toBe(before);
  });

  it('refuses reading a file with a wrong token, serves it with the right one', async () => {
    const path = `/api/entry?path=${encodeURIComponent(FILE)}`;
    expect((await send(session.port, 'GET', path, { ...good, 'x-edit-token': 'nope' })).status).toBe(401);
    const ok = await send(session.port, 'GET', path, good);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).text).toBe(readFileSync(join(root, 'content', FILE), 'utf8'));
  });
});
