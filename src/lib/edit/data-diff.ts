import type { FieldChange } from './frontmatter-edit';

type Plain = Record<string, unknown>;

/**
 * Turns the form's whole record into the smallest set of field changes
 * against what the file holds now, so a save touches only the lines the
 * clerk changed. Equal in meaning counts as equal: a one-line text written
 * as a plain string equals a list holding that one line (textListSchema
 * reads both), and a field the file does not have stays absent while the
 * form leaves it empty (no `draft: false` or `outputs: []` appears by itself).
 */
export function diffFormData(before: unknown, after: unknown, path: (string | number)[] = []): FieldChange[] {
  if (isEquivalent(before, after)) return [];
  if (isEmpty(after)) return isEmpty(before) ? [] : [{ path, value: undefined }];
  if (isPlain(before) && isPlain(after)) {
    const changes: FieldChange[] = [];
    for (const key of Object.keys(after)) {
      if (!(key in before) && isEmpty(after[key])) continue;
      changes.push(...diffFormData(before[key], after[key], [...path, key]));
    }
    for (const key of Object.keys(before))
      if (!(key in after) && !isEmpty(before[key])) changes.push({ path: [...path, key], value: undefined });
    return changes;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return after.flatMap((item, index) =>
      isEmpty(item)
        ? [{ path: [...path, index], value: cleanValue(item) }]
        : diffFormData(before[index], item, [...path, index]),
    );
  }
  return [{ path, value: cleanValue(after) }];
}

/** Removes the form's empty leaves from a value about to be written whole (a new list item, a new file). */
export function cleanValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanValue).filter((item) => !isEmpty(item));
  if (isPlain(value)) {
    const out: Plain = {};
    for (const [key, item] of Object.entries(value)) {
      const cleaned = cleanValue(item);
      if (!isEmpty(cleaned)) out[key] = cleaned;
    }
    return out;
  }
  return typeof value === 'string' ? value.trim() : value;
}

function isEquivalent(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && Array.isArray(b) && b.length === 1) return a === b[0];
  if (typeof a === 'string' && typeof b === 'string') return a === b.trim() || a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  if (isPlain(value)) return Object.values(value).every(isEmpty);
  return false;
}

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
