// Where `npm run publish` finds the password, as a clerk on Windows would leave it.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPassword } from '@/lib/publish/password.ts';
import { removeTemps, temp } from '../support/publish-site.ts';

afterEach(removeTemps);

describe('the publish password', () => {
  it('comes from ITA_PUBLISH_PASSWORD first', async () => {
    const dir = await temp();
    await writeFile(path.join(dir, '.publish-secret'), 'from-file\n');
    expect(await readPassword(path.join(dir, '.publish-secret'), { ITA_PUBLISH_PASSWORD: 'from-env' })).toBe(
      'from-env',
    );
  });

  it('is the first line of .publish-secret, without the BOM and CRLF Notepad writes', async () => {
    const dir = await temp();
    await writeFile(path.join(dir, '.publish-secret'), '\uFEFFรหัส ผ่าน-1\r\nsecond line\r\n');
    expect(await readPassword(path.join(dir, '.publish-secret'), {})).toBe('รหัส ผ่าน-1');
  });

  it('is also found in .publish-secret.txt, the name Notepad saves it under, and git ignores that name too', async () => {
    const dir = await temp();
    await writeFile(path.join(dir, '.publish-secret.txt'), 'notepad-pw\r\n');
    expect(await readPassword(path.join(dir, '.publish-secret'), {})).toBe('notepad-pw');
    const repo = path.resolve(import.meta.dirname, '../..');
    const ignored = execFileSync('git', ['check-ignore', '.publish-secret', '.publish-secret.txt'], { cwd: repo });
    expect(ignored.toString().trim().split('\n')).toEqual(['.publish-secret', '.publish-secret.txt']);
  });

  it('missing everywhere, says where to put it', async () => {
    const dir = await temp();
    await expect(readPassword(path.join(dir, '.publish-secret'), {})).rejects.toThrow(
      /ไม่พบรหัสผ่าน[\s\S]*ITA_PUBLISH_PASSWORD[\s\S]*\.publish-secret/,
    );
  });
});
