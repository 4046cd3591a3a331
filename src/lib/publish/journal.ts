import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from './manifest.ts';

/**
 * What this computer remembers about one target between runs: a copy of the last manifest it published (used when
 * the server's copy cannot be read) and a journal of the steps finished in a run that did not complete, so a rerun
 * does not send those files again. One line per step, appended as it finishes: a cut mid-line loses only that line.
 */
export interface PublishState {
  readManifestCopy(): Promise<Manifest | undefined>;
  /** Steps finished since the manifest `base` was live; empty when the journal belongs to another base. */
  readJournal(base: string): Promise<JournalEntry[]>;
  startJournal(base: string): Promise<void>;
  record(entry: JournalEntry): Promise<void>;
  /** After the manifest is on the server: keep its copy, forget the journal. */
  finish(manifest: string): Promise<void>;
}

export type JournalEntry = { up: string; hash: string; size: number } | { del: string };

export const hashText = (text: string) => createHash('sha256').update(text).digest('hex');

/** `key` names the target (protocol, host, port, user, folder) so two targets never share a journal. */
export function openPublishState(stateDir: string, key: string): PublishState {
  const id = createHash('sha256').update(key).digest('hex').slice(0, 16);
  const journalFile = path.join(stateDir, `journal-${id}.jsonl`);
  const manifestFile = path.join(stateDir, `manifest-${id}.json`);
  return {
    async readManifestCopy() {
      try {
        return (JSON.parse(await readFile(manifestFile, 'utf8')) as { files: Manifest }).files;
      } catch {
        return undefined;
      }
    },
    async readJournal(base) {
      let text: string;
      try {
        text = await readFile(journalFile, 'utf8');
      } catch {
        return [];
      }
      const [head, ...lines] = text.split('\n');
      try {
        if ((JSON.parse(head ?? '') as { base?: string }).base !== base) return [];
      } catch {
        return [];
      }
      const entries: JournalEntry[] = [];
      for (const line of lines) {
        try {
          entries.push(JSON.parse(line) as JournalEntry);
        } catch {
          /* the half-written last line of a cut run */
        }
      }
      return entries;
    },
    async startJournal(base) {
      await mkdir(stateDir, { recursive: true });
      const kept = await this.readJournal(base);
      if (kept.length === 0) await writeFile(journalFile, `${JSON.stringify({ base, target: key })}\n`);
    },
    async record(entry) {
      await appendFile(journalFile, `${JSON.stringify(entry)}\n`);
    },
    async finish(manifest) {
      await mkdir(stateDir, { recursive: true });
      await writeFile(manifestFile, manifest);
      await rm(journalFile, { force: true });
    },
  };
}

/** What the server holds now: the live manifest with the journal's finished uploads and deletions applied. */
export function applyJournal(remote: Manifest, entries: JournalEntry[]): Manifest {
  const current: Manifest = { ...remote };
  for (const entry of entries) {
    if ('up' in entry) current[entry.up] = { hash: entry.hash, size: entry.size };
    else delete current[entry.del];
  }
  return current;
}
