import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The JSDoc written above each schema field in src/schemas/, keyed by the
 * object it belongs to, so the form's help text is the schema's own
 * documentation and never a second copy that could drift. An object is
 * recognised by its set of keys (the same literal in the source and the zod
 * object at run time), so the `status` inside `progress[]` gets "Status at
 * the end of the round" and the measure's own `status` its own text.
 */
export type FieldDocs = Map<string, Record<string, string>>;

/** `a,b,c`: the sorted keys of an object, its identity for documentation. */
export function describeKeys(keys: Iterable<string>): string {
  return [...keys].sort().join(',');
}

/** Reads every `z.object({...})` / `z.strictObject({...})` literal under src/schemas/ with its fields' JSDoc. */
export function readFieldDocs(root: string): FieldDocs {
  const dir = join(root, 'src', 'schemas');
  const docs: FieldDocs = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isObjectCall(node) && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
        const literal = node.arguments[0];
        const fields: Record<string, string> = {};
        const keys: string[] = [];
        for (const property of literal.properties) {
          if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
          keys.push(property.name.text);
          const text = readJsDoc(property);
          if (text) fields[property.name.text] = text;
        }
        docs.set(describeKeys(keys), fields);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return docs;
}

function isObjectCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  return ts.isPropertyAccessExpression(callee) && ['object', 'strictObject', 'looseObject'].includes(callee.name.text);
}

function readJsDoc(node: ts.Node): string {
  const tags = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  const last = tags.at(-1);
  if (!last) return '';
  const comment = typeof last.comment === 'string' ? last.comment : (last.comment ?? []).map((part) => part.text).join('');
  return comment.replace(/\s+/g, ' ').replace(/\{@link ([^}]+)\}/g, '$1').trim();
}

/**
 * The JSDoc above each string of a `[...] as const` list (OIT_TOPICS, for one):
 * the Thai name of a choice, shown in the form instead of its code.
 */
export function readValueDocs(root: string): Map<string, string> {
  const dir = join(root, 'src', 'schemas');
  const docs = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isArrayLiteralExpression(node)) {
        for (const element of node.elements) {
          if (!ts.isStringLiteral(element)) continue;
          const comment = (ts.getLeadingCommentRanges(text, element.pos) ?? []).filter((c) => text.startsWith('/**', c.pos)).at(-1);
          if (comment) docs.set(element.text, text.slice(comment.pos + 3, comment.end - 2).replace(/^\s*\*\s?/gm, '').replace(/\s+/g, ' ').trim());
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return docs;
}
