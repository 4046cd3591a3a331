import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Thai word list that line breaks are placed by: the ~24,000 words and
 * compounds of wordcut's dictionary (LGPL data, read at build time; nothing of it
 * is sent to the site) and the project's own words (thai-words.txt beside this
 * file: terms of the integrity assessment and of government reports that the
 * general list lacks, e.g. ธรรมาภิบาล, ผู้รับผิดชอบ). ICU's dictionary, which
 * browsers and Intl.Segmenter use, splits many of those (ธร|รมาภิ|บาล, จอแส|ดง|ผล).
 */
export interface ThaiDictionary {
  /** Every word, as a character trie: `end` marks a word ending at that node. */
  trie: TrieNode;
  size: number;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
let loaded: ThaiDictionary | undefined;

/** Words of wordcut's data folder and of the project's list (one a line; `#` starts a comment). */
export function readDictionaryWords(): string[] {
  const require = createRequire(import.meta.url);
  const dataDir = join(dirname(require.resolve('wordcut/package.json')), 'data');
  const files = readdirSync(dataDir)
    .filter((name) => /^tdict-.*\.txt$/.test(name))
    .map((name) => join(dataDir, name));
  files.push(join(here, 'thai-words.txt'));
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.replace(/#.*/, '').trim())
      .filter((line) => /^[\u0e01-\u0e4f]+$/u.test(line)),
  );
}

/** The dictionary, built once per process. */
export function loadThaiDictionary(): ThaiDictionary {
  if (loaded) return loaded;
  const trie: TrieNode = { next: new Map(), end: false };
  let size = 0;
  for (const word of readDictionaryWords()) {
    let node = trie;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { next: new Map(), end: false }));
      node = child;
    }
    if (!node.end) size++;
    node.end = true;
  }
  loaded = { trie, size };
  return loaded;
}
