/**
 * The HTML a clerk's text may carry into an MDX body (pasted from Word or a web
 * page): which tags are kept, which are void, and how one tag is read.
 */

/** Elements kept as they are: text formatting, lists, tables. Anything else is dropped, keeping its text. */
export const KEPT_TAGS = new Set(
  'a abbr b blockquote br caption center cite code col colgroup dd del details dfn div dl dt em figcaption figure font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th thead time tr u ul wbr'.split(
    ' ',
  ),
);

/** Elements that never have a closing tag in HTML; MDX needs them written `<br />`. */
export const VOID_TAGS = new Set(['br', 'hr', 'img', 'wbr', 'col']);

/** Elements whose content is code, not text: dropped with everything inside them. */
export const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template']);

/** One HTML tag as written: `<td colspan=2>`, `</B>`, `<br/>`. */
export interface HtmlTag {
  /** Lower-case element name. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Attributes as `name` or `name="value"`, event handlers (`onclick`) and `style` left out. */
  attributes: string[];
  /** Length of the tag in the source. */
  length: number;
}

const ATTRIBUTE = /^\s+([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/;

/** Reads the tag that starts at `at` (a `<`), or `undefined` when the `<` does not start an HTML tag. */
export function readHtmlTag(text: string, at: number): HtmlTag | undefined {
  const head = /^<(\/?)([A-Za-z][\w:-]*)/.exec(text.slice(at, at + 40));
  if (!head) return undefined;
  let pos = at + head[0].length;
  const attributes: string[] = [];
  for (;;) {
    const attribute = ATTRIBUTE.exec(text.slice(pos, pos + 2000));
    if (!attribute) break;
    pos += attribute[0].length;
    const name = attribute[1]!.toLowerCase();
    const value = attribute[2] ?? attribute[3] ?? attribute[4];
    // Inline event handlers are script; inline styles from Word fight the site's CSS and its CSP.
    if (/^on/.test(name) || name === 'style') continue;
    attributes.push(
      value === undefined
        ? name
        : `${name}="${value.replace(/"/g, '&quot;').replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;'))}"`,
    );
  }
  const end = /^\s*(\/?)>/.exec(text.slice(pos, pos + 200));
  if (!end) return undefined;
  return {
    name: head[2]!.toLowerCase(),
    closing: head[1] === '/',
    selfClosing: end[1] === '/',
    attributes,
    length: pos + end[0].length - at,
  };
}

/** The tag written the way MDX reads it. */
export function writeHtmlTag(tag: HtmlTag): string {
  if (VOID_TAGS.has(tag.name)) return `<${[tag.name, ...tag.attributes].join(' ')} />`;
  if (tag.closing) return `</${tag.name}>`;
  return `<${[tag.name, ...tag.attributes].join(' ')}${tag.selfClosing ? ' /' : ''}>`;
}
