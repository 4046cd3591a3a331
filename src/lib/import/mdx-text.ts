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

/** A whole MDX file: commented, YAML front matter, then the body. */
export function renderMdxFile(comments: string[], data: Record<string, unknown>, body: string): string {
  const yaml = stringify(data, { lineWidth: 0 });
  const head = comments.map((line) => `# ${line.replace(/\n/g, ' ')}`).join('\n');
  return `---\n${head ? `${head}\n` : ''}${yaml}---\n${body ? `\n${body.trim()}\n` : ''}`;
}
