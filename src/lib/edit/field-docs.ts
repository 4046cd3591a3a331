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
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        isObjectCall(node) &&
        node.arguments[0] &&
        ts.isObjectLiteralExpression(node.arguments[0])
      ) {
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
  // The whole comment text: `@example` inside a sentence ("e.g. @example") is prose here, not a JSDoc tag.
  const comment = last
    .getText()
    .replace(/^\/\*\*|\*\/$/g, '')
    .replace(/^\s*\*\s?/gm, '');
  return comment
    .replace(/\s+/g, ' ')
    .replace(/\{@link ([^}]+)\}/g, '$1')
    .trim();
}

/**
 * Thai names of the codes of a list of choices, keyed (like FieldDocs) by the
 * sorted set of codes, so a name is used only for the very enum it was
 * written for: the JSDoc above each string of a `[...] as const` list
 * (OIT_TOPICS), or the string values of an UPPER_CASE code → name object
 * (ORGANISATION_KINDS).
 */
export function readValueDocs(root: string): FieldDocs {
  const dir = join(root, 'src', 'schemas');
  const docs: FieldDocs = new Map();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        /^[A-Z_]+$/.test(node.name.text) &&
        node.initializer
      ) {
        const init = ts.isAsExpression(node.initializer) ? node.initializer.expression : node.initializer;
        const names: Record<string, string> = {};
        if (ts.isObjectLiteralExpression(init)) {
          for (const property of init.properties) {
            if (
              ts.isPropertyAssignment(property) &&
              ts.isStringLiteral(property.initializer) &&
              (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
            )
              names[property.name.text] = property.initializer.text;
          }
          if (Object.keys(names).length === init.properties.length) docs.set(describeKeys(Object.keys(names)), names);
        }
        if (ts.isArrayLiteralExpression(init) && init.elements.every(ts.isStringLiteral)) {
          for (const element of init.elements as ts.NodeArray<ts.StringLiteral>) {
            const comment = (ts.getLeadingCommentRanges(text, element.pos) ?? [])
              .filter((c) => text.startsWith('/**', c.pos))
              .at(-1);
            if (comment)
              names[element.text] = text
                .slice(comment.pos + 3, comment.end - 2)
                .replace(/^\s*\*\s?/gm, '')
                .replace(/\s+/g, ' ')
                .trim();
          }
          docs.set(describeKeys(init.elements.map((e) => (e as ts.StringLiteral).text)), names);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return docs;
}
