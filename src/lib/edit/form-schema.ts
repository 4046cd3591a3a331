import { z } from 'zod';
import { bahtSchema, textListSchema } from '@/schemas/common';
import { daySchema, periodInputSchema } from '@/schemas/dates';
import { evidencePathSchema } from '@/schemas/evidence';
import type { ContentKind } from './content-kinds';
import { describeKeys, type FieldDocs } from './field-docs';

/** A JSON Schema node as the form reads it. */
export type JsonSchemaNode = Record<string, unknown> & {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  description?: string;
  'x-kind'?: string;
};

/**
 * The form of a content kind, generated from the very zod schema the build
 * parses with (zod 4 `z.toJSONSchema`, input side: what may be written in the
 * file). Nothing about fields is written twice: the form adds only widget
 * hints (`x-kind`: a day, a period, baht, a text list, an evidence file) for
 * the shared building blocks, and each field's JSDoc as its `description`.
 */
export function buildFormSchema(kind: ContentKind, docs: FieldDocs, valueDocs: FieldDocs = new Map()): JsonSchemaNode {
  return unwrapNullable(
    z.toJSONSchema(kind.schema, {
      io: 'input',
      unrepresentable: 'any',
      reused: 'inline',
      override: ({ zodSchema, jsonSchema }) => {
        const node = jsonSchema as JsonSchemaNode;
        const hint = widgetOf(zodSchema);
        const names = Array.isArray(node.enum) ? valueDocs.get(describeKeys(node.enum.map(String))) : undefined;
        if (names && Object.keys(names).length) node['x-enum-labels'] = names;
        if (hint) node['x-kind'] = hint;
        if (hint === 'day' || hint === 'period' || hint === 'baht') {
          // The file may hold Thai text for these: the form edits them as text and the server parses them.
          for (const key of ['anyOf', 'type', 'minimum', 'allOf']) delete node[key];
          node.type = 'string';
        }
        const def = (zodSchema as unknown as { _zod: { def: { type: string; shape?: Record<string, unknown> } } })._zod
          .def;
        if (def.type === 'object' && def.shape && node.properties) {
          const fieldDocs = docs.get(describeKeys(Object.keys(def.shape))) ?? {};
          for (const [key, text] of Object.entries(fieldDocs)) {
            const property = node.properties[key];
            // A shared schema (the status enum) is one JSON node in several places: each place gets its own copy.
            if (property) node.properties[key] = { ...property, description: text };
          }
        }
      },
    }) as JsonSchemaNode,
  );
}

/**
 * A draft may leave a field empty (`status:` with nothing after it reads as null), so the schema says
 * "null or the real value"; the form shows the real value's widget, and an emptied widget saves as empty.
 */
function unwrapNullable(node: JsonSchemaNode): JsonSchemaNode {
  let current = node;
  const options = current.anyOf as JsonSchemaNode[] | undefined;
  if (Array.isArray(options) && options.length === 2 && options.some((o) => o.type === 'null')) {
    const { anyOf: _anyOf, ...rest } = current;
    current = { ...(options.find((o) => o.type !== 'null') as JsonSchemaNode), ...rest, 'x-nullable': true };
  }
  const properties = current.properties as Record<string, JsonSchemaNode> | undefined;
  if (properties)
    current.properties = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, unwrapNullable(v)]));
  if (current.items && typeof current.items === 'object')
    current.items = unwrapNullable(current.items as JsonSchemaNode);
  if (Array.isArray(current.anyOf)) current.anyOf = (current.anyOf as JsonSchemaNode[]).map(unwrapNullable);
  return current;
}

function widgetOf(schema: unknown): string | undefined {
  if (schema === daySchema) return 'day';
  if (schema === periodInputSchema) return 'period';
  if (schema === bahtSchema) return 'baht';
  if (schema === textListSchema) return 'text-list';
  if (schema === evidencePathSchema) return 'evidence-file';
  return undefined;
}
