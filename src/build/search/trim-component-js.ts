/**
 * Pagefind's component UI script carries its interface strings in every
 * language it is translated into (about 16 KB of the 41 KB it sends). The
 * search page is Thai (`<pagefind-config lang="th">`); this empties the string
 * tables of every other language but English, Pagefind's own fallback. The
 * languages stay listed, so a page in another language falls back to English.
 * The bundle's shape is checked as it is read: when a Pagefind update changes
 * it, the script is published untouched and the build says so.
 */

const KEPT = new Set(['th', 'en']);

/** Index just past the `}` that closes the `{` at `open`, skipping string literals. */
function closeOf(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The script without other languages' strings, and how many tables were emptied; `emptied` 0 when its shape was not recognised. */
export function trimComponentJs(code: string): { code: string; emptied: number } {
  const paths = /(\w+)=\[((?:"\.\.\/\.\.\/translations\/[\w-]+\.json",?)+)\]/.exec(code);
  if (!paths) return { code, emptied: 0 };
  const languages = [...paths[2]!.matchAll(/translations\/([\w-]+)\.json/g)].map((m) => m[1]!);
  // The module objects, in the same order: `Ma=[We,Ye,…]`, handed to the loop beside the paths.
  const modules = new RegExp(`(\\w+)=\\[((?:[\\w$]+,){${languages.length - 1}}[\\w$]+)\\]`).exec(code);
  if (!modules) return { code, emptied: 0 };
  const names = modules[2]!.split(',');
  let out = code;
  let emptied = 0;
  for (const [i, name] of names.entries()) {
    if (KEPT.has(languages[i]!)) continue;
    const strings = new RegExp(
      `var ${name.replace('$', '\\$')}=\\{\\};\\w+\\(${name.replace('$', '\\$')},\\{[^}]*strings:\\(\\)=>([\\w$]+)`,
    ).exec(out);
    if (!strings) return { code, emptied: 0 };
    const at = out.search(new RegExp(`[,\\s]${strings[1]!.replace('$', '\\$')}=\\{`));
    if (at < 0) return { code, emptied: 0 };
    const open = out.indexOf('{', at);
    const close = closeOf(out, open);
    if (close < 0) return { code, emptied: 0 };
    out = `${out.slice(0, open)}{}${out.slice(close)}`;
    emptied++;
  }
  return { code: out, emptied };
}
