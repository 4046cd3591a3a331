/**
 * Pagefind stores, per page, a "fragment" holding the text its excerpts are cut
 * from. Ours would hold unit keys; this puts the page's own text back in their
 * place, one word per indexed position, separated by ZERO WIDTH SPACE — the
 * separator pagefind.js itself splits Thai excerpts on — so `<mark>`s land on
 * the page's characters. The index itself is left untouched.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';
const ZWSP = '\u200b';

interface Fragment {
  url: string;
  content: string;
}

const isFragment = (value: unknown): value is Fragment =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Fragment).url === 'string' &&
  typeof (value as Fragment).content === 'string';

/** Thrown when a fragment does not match what was indexed; the build must stop. */
export class FragmentMismatchError extends Error {}

function replaceContent(fragment: Fragment, shownByUrl: ReadonlyMap<string, readonly string[]>): void {
  const shown = shownByUrl.get(fragment.url);
  if (!shown) throw new FragmentMismatchError(`no shown text for ${fragment.url}`);
  const positions = fragment.content.split(ZWSP).length;
  if (positions !== shown.length) {
    throw new FragmentMismatchError(`${fragment.url}: Pagefind indexed ${positions} words, expected ${shown.length}`);
  }
  fragment.content = shown.join(ZWSP);
}

/**
 * Rewrites one `.pf_fragment` file (a single page, or a group of pages when
 * Pagefind bundles fragments). Returns the new gzip bytes.
 */
export function rewriteFragmentFile(bytes: Uint8Array, shownByUrl: ReadonlyMap<string, readonly string[]>): Uint8Array {
  const raw = gunzipSync(bytes).toString('utf8');
  if (!raw.startsWith(SIGNATURE)) throw new FragmentMismatchError('fragment without the Pagefind signature');
  const parsed: unknown = JSON.parse(raw.slice(SIGNATURE.length));
  if (isFragment(parsed)) replaceContent(parsed, shownByUrl);
  else if (typeof parsed === 'object' && parsed !== null) {
    for (const value of Object.values(parsed)) {
      if (!isFragment(value)) throw new FragmentMismatchError('unexpected fragment group entry');
      replaceContent(value, shownByUrl);
    }
  } else throw new FragmentMismatchError('unexpected fragment shape');
  return gzipSync(SIGNATURE + JSON.stringify(parsed), { level: 9 });
}
