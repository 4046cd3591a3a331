import { DROPPED_WITH_CONTENT, KEPT_TAGS, VOID_TAGS, readHtmlTag, writeHtmlTag, type HtmlTag } from './mdx-tags';

/** Something the rewrite removed that the clerk may want to know about; harmless fixes (`<br>`, braces) are not listed. */
export interface BodyFix {
  /** Line inside the body, from 1. */
  line: number;
  kind: 'unmatched-tag' | 'dropped-code';
  /** The tag as written, e.g. `<div>` or `<script>`. */
  text: string;
}

export interface PreparedBody {
  /** The body as MDX will read it. */
  text: string;
  fixes: BodyFix[];
  /** Index in the original body of the character at `index` in `text`, so an error can point at what the clerk wrote. */
  originOf(index: number): number;
}

interface Piece {
  text: string;
  /** Index in the input where this piece comes from. */
  from: number;
  /** Verbatim copies map character by character; replacements map to their start. */
  verbatim: boolean;
  tag?: HtmlTag;
  /** For a tag: which paragraph (blank-line separated block) it is in. */
  paragraph?: number;
  /** For a tag: whether it stands alone on its line (MDX block) rather than inside text, where it must close in the same paragraph. */
  inText?: boolean;
}

/**
 * Makes text a clerk typed or pasted from Word compile as MDX without changing
 * what a reader sees: `<br>` becomes `<br />`, HTML comments are removed,
 * `{ }` and a `<` that starts no tag are escaped, `<https://…>` becomes a link,
 * tags without their partner (an unclosed `<div>`) are dropped and listed,
 * scripts are dropped, a line starting with `import`/`export` stays text.
 * Code (`` `…` `` and fenced blocks) and existing escapes are kept exactly;
 * line breaks are never added or removed, so line numbers stay the clerk's.
 * The same function runs in the content check and in the build (see
 * src/build/mdx-preprocess.ts), so what passed the check is what is built.
 */
export function prepareMdxBody(body: string): PreparedBody {
  const pieces: Piece[] = [];
  const fixes: BodyFix[] = [];
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  const copy = (from: number, to: number) =>
    to > from && pieces.push({ text: body.slice(from, to), from, verbatim: true });
  const replace = (from: number, text: string) => pieces.push({ text, from, verbatim: false });
  const blankLines = [...body.matchAll(/\n[ \t\r]*\n/g)].map((m) => m.index);
  const keepLines = (from: number, to: number) => replace(from, body.slice(from, to).replace(/[^\n]/g, ''));
  const fences = findFences(body);
  let i = 0;
  while (i < body.length) {
    const fence = fences.find(([start]) => start === i);
    if (fence) {
      copy(i, fence[1]);
      i = fence[1];
      continue;
    }
    const ch = body[i]!;
    const rest = body.slice(i, i + 2000);
    const atLineStart = i === 0 || body[i - 1] === '\n';
    let match: RegExpExecArray | null;
    if (atLineStart && (match = /^[ \t]*(import|export)\b/.exec(rest))) {
      // MDX would run the line as JavaScript; a character reference keeps it plain text.
      const at = i + match[0].length - match[1]!.length;
      copy(i, at);
      replace(at, `&#${match[1]!.charCodeAt(0)};`);
      i = at + 1;
    } else if (ch === '\\' && /[!-/:-@[-`{-~]/.test(body[i + 1] ?? '')) {
      copy(i, i + 2);
      i += 2;
    } else if (ch === '`') {
      const end = findCodeSpanEnd(body, i);
      copy(i, end);
      i = end;
    } else if (rest.startsWith('<!--') && body.indexOf('-->', i + 4) >= 0) {
      const end = body.indexOf('-->', i + 4) + 3;
      keepLines(i, end);
      i = end;
    } else if (rest.startsWith('{/*') && body.indexOf('*/}', i + 3) >= 0) {
      const end = body.indexOf('*/}', i + 3) + 3;
      copy(i, end);
      i = end;
    } else if (ch === '{' || ch === '}') {
      replace(i, `\\${ch}`);
      i++;
    } else if (ch === '<' && body.slice(i - 2, i) === '](' && (match = /^<[^<>\n]*>/.exec(rest))) {
      // A Markdown link destination in angle brackets, [text](<address with spaces>): not HTML.
      copy(i, i + match[0].length);
      i += match[0].length;
    } else if (ch === '<' && (match = /^<((?:https?:\/\/|www\.)[^\s<>]+)>/i.exec(rest))) {
      const url = /^www\./i.test(match[1]!) ? `https://${match[1]}` : match[1]!;
      replace(i, `[${escapeLinkText(match[1]!)}](${url})`);
      i += match[0].length;
    } else if (ch === '<' && (match = /^<([^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,})>/.exec(rest))) {
      replace(i, `[${escapeLinkText(match[1]!)}](mailto:${match[1]})`);
      i += match[0].length;
    } else if (ch === '<') {
      const tag = readHtmlTag(body, i);
      if (!tag) {
        replace(i, '\\<');
        i++;
      } else if (DROPPED_WITH_CONTENT.has(tag.name)) {
        const close = new RegExp(`</${tag.name}\\s*>`, 'i').exec(body.slice(i));
        const end = tag.closing || tag.selfClosing || !close ? i + tag.length : i + close.index + close[0].length;
        fixes.push({ line: lineAt(i), kind: 'dropped-code', text: body.slice(i, i + tag.length) });
        keepLines(i, end);
        i = end;
      } else if (KEPT_TAGS.has(tag.name)) {
        const lineStart = body.lastIndexOf('\n', i - 1) + 1;
        const lineEnd = body.indexOf('\n', i) < 0 ? body.length : body.indexOf('\n', i);
        const inText =
          body
            .slice(lineStart, lineEnd)
            .replace(/<[^>]*>/g, '')
            .trim() !== '';
        pieces.push({
          text: writeHtmlTag(tag),
          from: i,
          verbatim: false,
          tag,
          paragraph: blankLines.filter((at) => at < i).length,
          inText,
        });
        i += tag.length;
      } else {
        // Word's <o:p>, <span lang=…> wrappers and the like: the text inside is what matters.
        keepLines(i, i + tag.length);
        i += tag.length;
      }
    } else {
      let end = i + 1;
      while (end < body.length && !/[\\`<{}\n]/.test(body[end]!) && !fences.some(([start]) => start === end)) end++;
      if (body[end] === '\n') end++;
      copy(i, end);
      i = end;
    }
  }
  for (const piece of findUnmatchedTags(pieces)) {
    fixes.push({
      line: lineAt(piece.from),
      kind: 'unmatched-tag',
      text: body.slice(piece.from, piece.from + piece.tag!.length),
    });
    piece.text = '';
  }
  fixes.sort((a, b) => a.line - b.line);
  return { text: pieces.map((p) => p.text).join(''), fixes, originOf: (index) => originOf(pieces, index) };
}

/**
 * Opening tags never closed and closing tags never opened, in a document where every kept tag must pair up;
 * a tag inside text must also close before the paragraph ends (MDX reads each paragraph on its own).
 */
function findUnmatchedTags(pieces: Piece[]): Piece[] {
  const unmatched: Piece[] = [];
  const open: Piece[] = [];
  for (const piece of pieces) {
    const tag = piece.tag;
    if (!tag || VOID_TAGS.has(tag.name) || tag.selfClosing) continue;
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k]!.inText && open[k]!.paragraph! < piece.paragraph!) unmatched.push(...open.splice(k, 1));
    }
    if (!tag.closing) {
      open.push(piece);
      continue;
    }
    const at = open.map((p) => p.tag!.name).lastIndexOf(tag.name);
    if (at < 0) unmatched.push(piece);
    else unmatched.push(...open.splice(at).slice(1));
  }
  return [...unmatched, ...open];
}

/** [start, end) of each fenced code block (``` or ~~~), which MDX shows as code and never parses. */
function findFences(body: string): [number, number][] {
  const fences: [number, number][] = [];
  const line = /^( {0,3})(`{3,}|~{3,})[^\n]*\n?/gm;
  let match: RegExpExecArray | null;
  while ((match = line.exec(body))) {
    const marker = match[2]!;
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t\\r]*$`, 'm');
    const after = match.index + match[0].length;
    const found = close.exec(body.slice(after));
    const end = found ? after + found.index + found[0].length : body.length;
    fences.push([match.index, end]);
    line.lastIndex = end;
  }
  return fences;
}

/** End of the code span starting at `at`: the same run of backticks later in the paragraph, else just the run. */
function findCodeSpanEnd(body: string, at: number): number {
  let run = at;
  while (body[run] === '`') run++;
  const ticks = run - at;
  const paragraphEnd = /\n[ \t\r]*\n/.exec(body.slice(run));
  const limit = paragraphEnd ? run + paragraphEnd.index : body.length;
  for (let i = run; i < limit; i++) {
    if (body[i] !== '`') continue;
    let end = i;
    while (body[end] === '`') end++;
    if (end - i === ticks) return end;
    i = end;
  }
  return run;
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\_*]/g, (c) => `\\${c}`);
}

function originOf(pieces: Piece[], index: number): number {
  let out = 0;
  for (const piece of pieces) {
    if (index < out + piece.text.length) return piece.verbatim ? piece.from + (index - out) : piece.from;
    out += piece.text.length;
  }
  const last = pieces.at(-1);
  return last ? last.from + (last.verbatim ? last.text.length : 0) : 0;
}
