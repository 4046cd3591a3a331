import type { z } from 'zod';

/**
 * Turns a zod issue into a bilingual sentence a non-programmer can act on.
 * Schema fields that carry their own message (written `ไทย / English`) keep it;
 * zod's generic messages ("Invalid input: expected string") are replaced.
 */
export function formatZodIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const received = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined)
        return `ขาดข้อมูลช่องนี้ ต้องใส่${thaiType(issue.expected)} / this field is missing: it needs ${issue.expected}`;
      if (issue.message.includes(' / ')) return issue.message;
      return `ต้องเป็น${thaiType(issue.expected)} แต่ได้ ${received} / expected ${issue.expected}, got ${received}`;
    case 'unrecognized_keys':
      return `ไม่รู้จักช่อง ${issue.keys.map((k) => `"${k}"`).join(', ')} — สะกดผิดหรือใส่ผิดที่หรือไม่ (ข้อมูลในช่องที่ไม่รู้จักจะไม่ถูกเผยแพร่) / unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: is it misspelt or in the wrong place? (nothing in an unknown field would be published)`;
    case 'invalid_value':
      if (issue.message.includes(' / ')) return issue.message;
      return `ค่า ${received} ใช้ไม่ได้ ต้องเป็นหนึ่งใน: ${issue.values.map(String).join(', ')} / ${received} is not allowed: use one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.message.includes(' / ')) return issue.message;
      if (issue.origin === 'array')
        return `ต้องมีอย่างน้อย ${String(issue.minimum)} รายการ / needs at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string')
        return `ข้อความสั้นเกินไป ต้องยาวอย่างน้อย ${String(issue.minimum)} ตัวอักษร / too short: at least ${String(issue.minimum)} character(s)`;
      return `ค่าน้อยเกินไป ต้องไม่น้อยกว่า ${String(issue.minimum)} / too small: at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.message.includes(' / ')) return issue.message;
      return `ค่ามากเกินไป ต้องไม่เกิน ${String(issue.maximum)} / too big: at most ${String(issue.maximum)}`;
    case 'invalid_union':
      return `รูปแบบข้อมูลไม่ถูกต้อง (${received}) ดูตัวอย่างใน README / this value has the wrong shape (${received}); see the examples in the README`;
    default:
      return issue.message.includes(' / ') ? issue.message : `${issue.message} / ${issue.message}`;
  }
}

/** `evidence.photos[0].file` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value instanceof Date ? value.toISOString().slice(0, 10) : value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function thaiType(expected: string): string {
  const names: Record<string, string> = {
    string: 'ข้อความ',
    number: 'ตัวเลข',
    boolean: ' true หรือ false',
    array: 'รายการ (list)',
    object: 'กลุ่มข้อมูล',
  };
  return names[expected] ?? expected;
}
