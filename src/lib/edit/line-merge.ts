import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

/**
 * Puts a re-printed YAML change back into the text as the person wrote it.
 * The `yaml` library prints a whole document, so untouched parts would come
 * out in its own style (`[ a ]` for `[a]`, a folded `>-` paragraph on one
 * line). Here `before` is the unchanged document as the library prints it and
 * `after` the changed one: lines that are the same in all three texts are
 * anchors, every stretch between two anchors that the change did not touch is
 * kept from the original, and only the touched stretches come from `after`.
 * If the merged text does not read back as `after`, `after` itself is used.
 */
export function mergeChangedLines(original: string, before: string, after: string): string {
  if (before === after) return original;
  const o = original.split('\n');
  const b = before.split('\n');
  const a = after.split('\n');
  const toAfter = alignLines(b, a);
  const toOriginal = alignLines(b, o);
  const anchors: Array<[number, number, number]> = [[-1, -1, -1]];
  for (let i = 0; i < b.length; i++) {
    if (toAfter[i]! >= 0 && toOriginal[i]! >= 0) anchors.push([i, toAfter[i]!, toOriginal[i]!]);
  }
  anchors.push([b.length, a.length, o.length]);
  const out: string[] = [];
  for (let k = 1; k < anchors.length; k++) {
    const [pb, pa, po] = anchors[k - 1]!;
    const [nb, na, no] = anchors[k]!;
    const beforeGap = b.slice(pb + 1, nb);
    const afterGap = a.slice(pa + 1, na);
    out.push(...(sameLines(beforeGap, afterGap) ? o.slice(po + 1, no) : afterGap));
    if (k < anchors.length - 1) out.push(o[no]!);
  }
  const merged = out.join('\n');
  try {
    return isDeepStrictEqual(parse(merged), parse(after)) ? merged : after;
  } catch {
    return after;
  }
}

function sameLines(x: string[], y: string[]): boolean {
  return x.length === y.length && x.every((line, i) => line === y[i]);
}

/** For each line of `x`, the index of the line of `y` it is matched with in a longest common subsequence, or -1. */
function alignLines(x: string[], y: string[]): number[] {
  const n = x.length;
  const m = y.length;
  const table = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] =
        x[i] === y[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const match = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      match[i++] = j++;
    } else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) {
      i++;
    } else {
      j++;
    }
  }
  return match;
}
