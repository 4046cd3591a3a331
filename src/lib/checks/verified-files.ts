import { join } from 'node:path';
import { FileStateCache } from '@/lib/cache/file-state-cache';

/**
 * Remembers evidence files that already opened cleanly, so a rebuild does not
 * decode hundreds of phone photos again (19 s of a 46 s warm build at a
 * typical agency's size). Only successes are remembered: a broken file is
 * reported on every build.
 */
export class VerifiedFiles {
  private constructor(private readonly record: FileStateCache<true>) {}

  /** Opens the record kept in `cacheDir` (created on first save). */
  static open(cacheDir: string): VerifiedFiles {
    return new VerifiedFiles(FileStateCache.open<true>(join(cacheDir, 'verified-evidence.json')));
  }

  /** True when this exact file (same size and time) opened cleanly before. */
  has(path: string): boolean {
    return this.record.get(path) === true;
  }

  /** Records that the file opened cleanly. */
  add(path: string): void {
    this.record.set(path, true);
  }

  /** Writes the record. */
  save(): void {
    this.record.save();
  }
}
