import { describe, expect, it } from 'vitest';
import { CONTENT_KINDS } from '@/lib/edit/content-kinds';
import { diffFormData } from '@/lib/edit/data-diff';
import { readFieldDocs, readValueDocs } from '@/lib/edit/field-docs';
import { buildFormSchema, type JsonSchemaNode } from '@/lib/edit/form-schema';
import { makeEvidenceName } from '@/lib/edit/evidence-upload';

const docs = readFieldDocs(process.cwd());
const form = (id: string) =>
  buildFormSchema(
    CONTENT_KINDS.find((k) => k.id === id)!,
    docs,
  );
const at = (node: JsonSchemaNode, ...path: string[]) =>
  path.reduce<JsonSchemaNode>((n, key) => (key === '[]' ? n.items! : n.properties![key]!), node);

describe('forms generated from the zod schemas', () => {
  it('every content kind gets a form with every top-level field of its schema', () => {
    for (const kind of CONTENT_KINDS) {
      const schema = buildFormSchema(kind, docs);
      expect(Object.keys(schema.properties ?? {}).length, kind.id).toBeGreaterThan(3);
    }
    expect(Object.keys(form('measure').properties!)).toEqual(
      expect.arrayContaining(['fiscalYear', 'issue', 'steps', 'period', 'progress', 'evidence', 'oitTopics']),
    );
    expect(Object.keys(form('announcement').properties!)).toEqual(
      expect.arrayContaining(['kind', 'signatory', 'lang', 'translationKey', 'attachments']),
    );
  });

  it('help text is the JSDoc of the field in its own object, so same-named nested fields differ', () => {
    const measure = form('measure');
    expect(at(measure, 'status').description).toMatch(/^Status as of the latest report\./);
    expect(at(measure, 'progress', '[]', 'status').description).toBe('Status at the end of the round.');
    expect(at(measure, 'outputs').description).toBe('Outputs (ผลการดำเนินการ / output).');
    expect(at(measure, 'progress', '[]', 'outputs').description).toBe('Results of the round (ผลการดำเนินการ).');
    expect(at(measure, 'evidence', 'photos', '[]', 'alt').description).toMatch(/^Text alternative/);
    expect(at(form('report'), 'reportedBy', 'name').description).toBe(
      'Full name with title, as printed under the signature.',
    );
    expect(at(form('organisation'), 'address', 'postcode').description).toBe('Five-digit postcode.');
  });

  it('marks days, periods, baht and text lists so the form offers the right widget; choices come from the schema', () => {
    const measure = form('measure');
    expect(at(measure, 'period')['x-kind']).toBe('period');
    expect(at(measure, 'updated')['x-kind']).toBe('day');
    expect(at(measure, 'budget', 'allocated')['x-kind']).toBe('baht');
    expect(at(measure, 'steps')['x-kind']).toBe('text-list');
    expect(at(measure, 'status').enum).toEqual(['planned', 'in-progress', 'done', 'not-done']);
    expect(at(measure, 'progress', '[]', 'round').anyOf).toEqual([
      { type: 'number', const: 6 },
      { type: 'number', const: 12 },
    ]);
  });

  it('names each OIT topic by the Thai comment written above it in oit-topic.ts', () => {
    const measure = buildFormSchema(
      CONTENT_KINDS.find((k) => k.id === 'measure')!,
      docs,
      readValueDocs(process.cwd()),
    );
    expect(at(measure, 'oitTopics', '[]')['x-enum-labels']).toMatchObject({
      'no-gift-policy': 'นโยบายไม่รับของขวัญ (No Gift Policy)',
      'integrity-intent': 'เจตจำนงสุจริตของผู้บริหาร',
    });
  });
});

describe('diffing the form against the file', () => {
  const file = {
    title: 'ก',
    outputs: 'หนึ่งบรรทัด',
    steps: ['a', 'b'],
    progress: [{ round: 6, status: 'done' }],
    budget: { allocated: '25,000' },
  };

  it('finds only what changed, deep inside lists too', () => {
    const form = {
      ...file,
      outputs: ['หนึ่งบรรทัด'],
      progress: [{ round: 6, status: 'in-progress' }],
      draft: false,
      obstacles: [],
    };
    expect(diffFormData(file, form)).toEqual([{ path: ['progress', 0, 'status'], value: 'in-progress' }]);
  });

  it('replaces a list whose length changed and removes a cleared field', () => {
    expect(diffFormData(file, { ...file, steps: ['a', 'b', 'c'], title: '' })).toEqual([
      { path: ['title'], value: undefined },
      { path: ['steps'], value: ['a', 'b', 'c'] },
    ]);
  });
});

describe('safe evidence file names', () => {
  const none = () => false;
  it.each([
    ['IMG_2034.JPG', 'img-2034.jpg'],
    ['ประชุม ครั้งที่ 1.pdf', 'document-1.pdf'],
    ['ภาพ.jpeg', 'photo.jpeg'],
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['Café Résumé.png', 'cafe-resume.png'],
  ])('%s → %s', (original, expected) => {
    expect(makeEvidenceName(original, none)).toBe(expected);
  });

  it('never overwrites a file already there', () => {
    const taken = new Set(['photo.jpg', 'photo-2.jpg']);
    expect(makeEvidenceName('ภาพ.jpg', (n) => taken.has(n))).toBe('photo-3.jpg');
  });
});
