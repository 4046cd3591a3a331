import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { mergeChangedLines } from './line-merge';

/** One field change from the form: a path into the data and its new value (undefined removes it). */
export interface FieldChange {
  path: (string | number)[];
  value: unknown;
}

const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))([\s\S]*)$/;

/** A content file split so the body can be written back byte for byte. */
export interface SplitFile {
  /** Everything before the YAML (the opening `---` line), empty for plain YAML files. */
  head: string;
  yaml: string;
  /** The closing `---` line and the MDX body after it, kept exactly as read. */
  tail: string;
}

/** Splits an MDX file at its front matter, or treats a YAML file as all front matter. */
export function splitContentFile(text: string, isYaml: boolean): SplitFile {
  if (isYaml) return { head: '', yaml: text, tail: '' };
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error('ไม่พบส่วนหัว (front matter) ระหว่างเส้น --- / no front matter found between --- lines');
  return { head: match[1]!, yaml: match[2] ?? '', tail: match[3]! + match[4]! };
}

/**
 * Applies the form's changes through the `yaml` Document API, so comments,
 * key order and quoting of every untouched field stay as the clerk or an
 * earlier tool wrote them; only the changed nodes are re-printed.
 */
export function applyChanges(
  text: string,
  isYaml: boolean,
  changes: readonly FieldChange[],
  body?: string,
): { text: string; data: unknown; doc: Document } {
  const split = splitContentFile(text, isYaml);
  const doc = parseDocument(split.yaml, { keepSourceTokens: true });
  if (doc.errors.length > 0)
    throw new Error(`อ่าน YAML ไม่ได้ / the YAML cannot be read: ${doc.errors[0]!.message.split('\n')[0]}`);
  const printOptions = { lineWidth: 0, flowCollectionPadding: false };
  const unchanged = doc.toString(printOptions);
  for (const change of changes) {
    if (change.value === undefined || change.value === null || change.value === '') {
      if (doc.hasIn(change.path)) doc.deleteIn(change.path);
      continue;
    }
    const current = doc.getIn(change.path, true);
    if (sameValue(current, change.value)) continue;
    doc.setIn(change.path, change.value);
  }
  // Only the lines the change touched are re-printed; the rest stays exactly as written (see line-merge.ts).
  const yamlOut = mergeChangedLines(split.yaml, unchanged, doc.toString(printOptions));
  // The body is replaced only when the form sent a different one; otherwise it stays byte for byte.
  const closing = /^---(?:\r?\n|$)/.exec(split.tail)?.[0] ?? '';
  const tail = body === undefined || isYaml || split.tail.slice(closing.length) === body ? split.tail : closing + body;
  return { text: split.head + yamlOut + tail, data: doc.toJS(), doc };
}

function sameValue(node: unknown, value: unknown): boolean {
  if (node === undefined) return false;
  const js =
    isMap(node) || isSeq(node)
      ? (node as { toJSON(): unknown }).toJSON()
      : ((node as { value?: unknown })?.value ?? node);
  return JSON.stringify(js) === JSON.stringify(value);
}

/** The front matter of a file as plain data (what the form shows), and its MDX body. */
export function readContentData(text: string, isYaml: boolean): { data: unknown; body: string } {
  const split = splitContentFile(text, isYaml);
  const doc = parseDocument(split.yaml);
  if (doc.errors.length > 0)
    throw new Error(`อ่าน YAML ไม่ได้ / the YAML cannot be read: ${doc.errors[0]!.message.split('\n')[0]}`);
  const closing = /^---(?:\r?\n|$)/.exec(split.tail)?.[0] ?? '';
  return { data: doc.toJS() ?? {}, body: split.tail.slice(closing.length) };
}
