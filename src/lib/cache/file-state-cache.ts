import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface Entry<T> {
  /** Size and modification time of the file when the value was recorded. */
  state: string;
  value: T;
}

/**
 * Values worked out from a file (it opened cleanly; its content hash and
 * size), remembered across builds and keyed by path, size and modification
 * time, so a rebuild does not read hundreds of phone photos again. Replacing
 * or editing a file changes its size or time, and its value is worked out again.
 */
export class FileStateCache<T> {
  private readonly entries: Record<string, Entry<T>>;
  private changed = false;

  private constructor(
    private readonly file: string,
    entries: Record<string, Entry<T>>,
  ) {
    this.entries = entries;
  }

  /** Opens the record kept in `file` (created on first save); a missing or damaged record starts empty. */
  static open<T>(file: string): FileStateCache<T> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return new FileStateCache<T>(
        file,
        parsed && typeof parsed === 'object' ? (parsed as Record<string, Entry<T>>) : {},
      );
    } catch {
      return new FileStateCache<T>(file, {});
    }
  }

  /**
   * One record per file for the whole process, saved when the process ends:
   * for steps that run inside Astro's build (pages render concurrently, with
   * no last page to save after), where saving on every new file would write
   * the record thousands of times on a cold build.
   */
  static shared<T>(file: string): FileStateCache<T> {
    let record = shared.get(file) as FileStateCache<T> | undefined;
    if (!record) {
      record = FileStateCache.open<T>(file);
      shared.set(file, record);
      if (shared.size === 1) process.once('exit', () => shared.forEach((r) => r.save()));
    }
    return record;
  }

  /** The value recorded for this exact file (same size and time), if any. */
  get(path: string): T | undefined {
    const entry = this.entries[path];
    return entry && entry.state === readFileState(path) ? entry.value : undefined;
  }

  /** Records a value for the file as it is now. */
  set(path: string, value: T): void {
    this.entries[path] = { state: readFileState(path), value };
    this.changed = true;
  }

  /** Writes the record atomically, so two builds at once never read half a file. */
  save(): void {
    if (!this.changed) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.entries));
    renameSync(temp, this.file);
    this.changed = false;
  }
}

const shared = new Map<string, FileStateCache<unknown>>();

function readFileState(path: string): string {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${Math.round(mtimeMs)}`;
}
