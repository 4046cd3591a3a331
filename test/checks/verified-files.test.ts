import { appendFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VerifiedFiles } from '@/lib/checks/verified-files';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verified-'));
  dirs.push(dir);
  return dir;
}

describe('VerifiedFiles', () => {
  it('remembers a file that opened cleanly across builds', () => {
    const dir = tempDir();
    const photo = join(dir, 'photo.jpg');
    writeFileSync(photo, 'pixels');
    const first = VerifiedFiles.open(join(dir, 'cache'));
    expect(first.has(photo)).toBe(false);
    first.add(photo);
    first.save();
    expect(VerifiedFiles.open(join(dir, 'cache')).has(photo)).toBe(true);
  });

  it('forgets a file once it is replaced or edited', () => {
    const dir = tempDir();
    const photo = join(dir, 'photo.jpg');
    writeFileSync(photo, 'pixels');
    const record = VerifiedFiles.open(join(dir, 'cache'));
    record.add(photo);
    record.save();
    appendFileSync(photo, 'more');
    expect(VerifiedFiles.open(join(dir, 'cache')).has(photo)).toBe(false);

    const same = VerifiedFiles.open(join(dir, 'cache'));
    same.add(photo);
    same.save();
    utimesSync(photo, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    expect(VerifiedFiles.open(join(dir, 'cache')).has(photo)).toBe(false);
  });

  it('starts empty when the record is unreadable', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'verified-evidence.json'), '{not json');
    const photo = join(dir, 'photo.jpg');
    writeFileSync(photo, 'pixels');
    expect(VerifiedFiles.open(dir).has(photo)).toBe(false);
  });
});
