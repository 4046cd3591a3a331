import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Remembers evidence files that already opened cleanly, keyed by path, size
 * and modification time, so a rebuild does not decode hundreds of phone
 * photos again (19 s of a 46 s warm build at a typical agency's size).
 * Replacing or editing a file changes its size or time, so it is checked again.
 * Only successes are remembered: a broken file is reported on every build.
 */
export class VerifiedFiles {
  private readonly entries: Record<string, string>;
  private changed = false;

  private constructor(
    private readonly file: string,
    entries: Record<string, string>,
  ) {
    this.entries = entries;
  }

  /** Opens the record kept in `cacheDir` (created on first save). */
  static open(cacheDir: string): VerifiedFiles {
    const file = join(cacheDir, 'verified-evidence.json');
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return new VerifiedFiles(file, parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {});
    } catch {
      return new VerifiedFiles(file, {});
    }
  }

  /** True when this exact file (same size and time) opened cleanly before. */
  has(path: string): boolean {
    return this.entries[path] === fingerprint(path);
  }

  /** Records that the file opened cleanly. */
  add(path: string): void {
    this.entries[path] = fingerprint(path);
    this.changed = true;
  }

  /** Writes the record atomically, so two builds at once never read half a file. */
  save(): void {
    if (!this.changed) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.entries));
    renameSync(temp, this.file);
  }
}

function fingerprint(path: string): string {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${Math.round(mtimeMs)}`;
}
