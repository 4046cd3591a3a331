/**
 * Pagefind's component UI stylesheet styles every component it has: the modal,
 * the search box and its dropdown, keyboard hints, filter dropdowns. The search
 * page uses three (results, summary, filter pane), and the stylesheet is part
 * of the first query's download; this keeps only the rules that can match
 * what the page uses, with comments and indentation gone.
 */

// Components and class families the search page never renders.
const UNUSED =
  /pagefind-(?:modal|searchbox|keyboard-hints|input|filter-dropdown)|\.pf-(?:modal|searchbox|dropdown|input|trigger|keyboard|key\b|key-)|pf-modal-appear/;

/** Splits CSS into top-level blocks: `{ head, body }`, body `undefined` for `@import …;`-style statements. */
function splitBlocks(css: string): { head: string; body: string | undefined }[] {
  const blocks: { head: string; body: string | undefined }[] = [];
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    const semi = css.indexOf(';', at);
    if (open < 0) break;
    if (semi >= 0 && semi < open && css.slice(at, semi).trim().startsWith('@')) {
      blocks.push({ head: css.slice(at, semi).trim(), body: undefined });
      at = semi + 1;
      continue;
    }
    let depth = 1;
    let i = open + 1;
    for (; i < css.length && depth; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
    blocks.push({ head: css.slice(at, open).trim(), body: css.slice(open + 1, i - 1) });
    at = i;
  }
  return blocks;
}

/** Selectors of a rule head, split on commas outside parentheses. */
function selectors(head: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === '(') depth++;
    else if (head[i] === ')') depth--;
    else if (head[i] === ',' && depth === 0) {
      parts.push(head.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, head.slice(start)].map((s) => s.trim()).filter(Boolean);
}

// A space before `:` in a selector means "any descendant": only declarations lose it.
const compact = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .trim();
const compactSelector = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*([,>])\s*/g, '$1')
    .trim();

function trimBlocks(css: string): string {
  let out = '';
  for (const { head, body } of splitBlocks(css)) {
    if (body === undefined) out += `${head};`;
    else if (head.startsWith('@keyframes')) {
      if (!UNUSED.test(head)) out += `${compactSelector(head)}{${compact(body)}}`;
    } else if (head.startsWith('@')) {
      const inner = trimBlocks(body);
      if (inner) out += `${compactSelector(head)}{${inner}}`;
    } else {
      const kept = selectors(head).filter((s) => !UNUSED.test(s));
      if (kept.length) out += `${kept.map(compactSelector).join(',')}{${compact(body)}}`;
    }
  }
  return out;
}

/** The stylesheet with only what the search page's components can use. */
export function trimComponentCss(css: string): string {
  return `${trimBlocks(css.replace(/\/\*[\s\S]*?\*\//g, ''))}\n`;
}
