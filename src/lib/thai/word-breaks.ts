import { loadThaiDictionary, type ThaiDictionary } from './thai-dictionary';

/**
 * Where a line may break inside a run of Thai letters. Thai has no spaces
 * between words; browsers guess word ends with ICU's dictionary and get many
 * wrong (กล่า|ว, งบ|ประมาณ). Here a run is segmented against a larger dictionary
 * (thai-dictionary.ts), looking for the segmentations with the fewest unknown
 * letters and then the fewest words (so compounds stay whole), and a break is
 * allowed only where *every* such segmentation puts a word end, with a known
 * word on each side. Where the text is ambiguous (ทุก|รอบ or ทุ|กรอบ) no break
 * is offered: a line a little shorter is better than a word cut in two.
 */

const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/u;
/** Follow the consonant they belong to: ะ า ำ ๅ ๆ ฯ */
const FOLLOWING = /[\u0e2f\u0e30\u0e32\u0e33\u0e45\u0e46]/u;
/** Written before the consonant they are spoken after: เ แ โ ใ ไ */
const LEADING = /[\u0e40-\u0e44]/u;

/** Thai letters, vowels, marks, ๆ and ฯ (not digits): the runs this file segments. */
export const THAI_RUN = /[\u0e01-\u0e4f]+/gu;

/** Places inside `run` where a syllable may end: never before a mark or following vowel, never after a leading vowel. */
export function findClusterEnds(run: string): boolean[] {
  const ok: boolean[] = new Array(run.length + 1).fill(false);
  ok[0] = true;
  ok[run.length] = true;
  for (let i = 1; i < run.length; i++) {
    const char = run[i]!;
    ok[i] = !COMBINING.test(char) && !FOLLOWING.test(char) && !LEADING.test(run[i - 1]!);
  }
  return ok;
}

interface Step {
  to: number;
  known: boolean;
}

/** For every start position, the words of the dictionary (or one unknown cluster) that begin there. */
function collectSteps(run: string, ends: boolean[], dictionary: ThaiDictionary): Step[][] {
  const steps: Step[][] = [];
  for (let i = 0; i < run.length; i++) {
    const here: Step[] = [];
    if (ends[i]) {
      let node = dictionary.trie;
      for (let j = i; j < run.length; j++) {
        const next = node.next.get(run[j]!);
        if (!next) break;
        node = next;
        if (node.end && ends[j + 1]) here.push({ to: j + 1, known: true });
      }
      let cluster = i + 1;
      while (!ends[cluster]) cluster++;
      if (!here.some((s) => s.to === cluster)) here.push({ to: cluster, known: false });
    }
    steps.push(here);
  }
  return steps;
}

/** Cost of a segmentation: unknown letters first, then words. */
const UNKNOWN = 1_000_000;

/**
 * Offsets inside `run` (a string of Thai letters, see THAI_RUN) where a line may
 * break, in order; never 0 or run.length.
 */
export function findThaiBreaks(run: string, dictionary = loadThaiDictionary()): number[] {
  const n = run.length;
  if (n < 2) return [];
  const ends = findClusterEnds(run);
  const steps = collectSteps(run, ends, dictionary);
  const cost = (i: number, step: Step): number => (step.known ? 1 : UNKNOWN * (step.to - i) + 1);
  // Forward: cheapest cost and number of cheapest paths from 0 to each position.
  const f = new Array<number>(n + 1).fill(Infinity);
  const cf = new Array<bigint>(n + 1).fill(0n);
  f[0] = 0;
  cf[0] = 1n;
  for (let i = 0; i < n; i++) {
    if (f[i] === Infinity) continue;
    for (const step of steps[i]!) {
      const c = f[i]! + cost(i, step);
      if (c < f[step.to]!) [f[step.to], cf[step.to]] = [c, cf[i]!];
      else if (c === f[step.to]) cf[step.to] = cf[step.to]! + cf[i]!;
    }
  }
  // Backward: cheapest cost and number of cheapest paths from each position to the end.
  const g = new Array<number>(n + 1).fill(Infinity);
  const cg = new Array<bigint>(n + 1).fill(0n);
  g[n] = 0;
  cg[n] = 1n;
  for (let i = n - 1; i >= 0; i--) {
    for (const step of steps[i]!) {
      if (g[step.to] === Infinity) continue;
      const c = g[step.to]! + cost(i, step);
      if (c < g[i]!) [g[i], cg[i]] = [c, cg[step.to]!];
      else if (c === g[i]) cg[i] = cg[i]! + cg[step.to]!;
    }
  }
  const best = f[n]!;
  // A known word must end at p on some cheapest path, and another begin there.
  const knownEnd = new Array<boolean>(n + 1).fill(false);
  const knownStart = new Array<boolean>(n + 1).fill(false);
  for (let i = 0; i < n; i++) {
    for (const step of steps[i]!) {
      if (!step.known || f[i]! + 1 + g[step.to]! !== best) continue;
      knownStart[i] = true;
      knownEnd[step.to] = true;
    }
  }
  const breaks: number[] = [];
  for (let p = 1; p < n; p++) {
    if (!ends[p] || f[p]! + g[p]! !== best) continue;
    if (cf[p]! * cg[p]! !== cf[n]) continue; // some cheapest segmentation runs through p
    if (knownEnd[p] && knownStart[p]) breaks.push(p);
  }
  return breaks;
}

/** `text` cut at its Thai word breaks (other characters stay with the Thai run they touch). */
export function splitThaiWords(text: string, dictionary = loadThaiDictionary()): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(THAI_RUN)) {
    for (const offset of findThaiBreaks(match[0], dictionary)) {
      pieces.push(text.slice(last, match.index + offset));
      last = match.index + offset;
    }
  }
  pieces.push(text.slice(last));
  return pieces.filter((p) => p !== '');
}
