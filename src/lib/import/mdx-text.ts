import { stringify } from 'yaml';

/**
 * Writing imported text into MDX safely: in an MDX body `{`, `<` and a few
 * Markdown characters mean code or markup, so they are escaped; front matter
 * goes through the YAML library so quotes and colons never break it.
 */

/** Escapes text for an MDX body so it shows exactly as written in the report. */
export function escapeMdx(text: string): string {
  return text.replace(/[\\{}<>*_[\]`#|~]/g, (ch) => `\\${ch}`);
}

/** A Markdown bullet list of the items. */
export function mdxList(items: string[]): string {
  return items.map((item) => `- ${escapeMdx(item)}`).join('\n');
}

/**
 * A whole MDX file: commented, YAML front matter, then the body. Fields the
 * clerk must fill are written as empty lines (`period:`) with a comment saying
 * what goes there, just above `draft`.
 */
export function renderMdxFile(
  comments: string[],
  data: Record<string, unknown>,
  body: string,
  blanks: { key: string; comment: string }[] = [],
  draft?: boolean,
): string {
  const yaml = stringify(data, { lineWidth: 0 });
  const head = comments.map((line) => `# ${line.replace(/\n/g, ' ⏎ ')}`).join('\n');
  const empty = blanks.map((b) => `${b.key}: # ${b.comment.replace(/\n/g, ' ')}\n`).join('');
  const tail =
    draft === undefined
      ? ''
      : `draft: ${draft}${draft && blanks.length ? ' # เปลี่ยนเป็น false เมื่อเติมช่องที่ว่างครบแล้ว / set to false once the empty fields are filled' : ''}\n`;
  return `---\n${head ? `${head}\n` : ''}${yaml}${empty}${tail}---\n${body ? `\n${body.trim()}\n` : ''}`;
}
