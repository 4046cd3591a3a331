import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@/lib/content/collections';
import { createEntryId, slugOf, slugOfId } from '@/lib/content/entry-id';
import { listEvidenceReferences } from '@/lib/content/evidence-refs';
import { listCollectionFiles } from '@/lib/validate/read-content';
import { validateContent } from '@/lib/validate/validate-content';
import { createTempProject, projectRoot } from '../helpers/temp-project';

// One collections table (src/lib/content/collections.ts) for Astro and the validator: a file one of them
// would read and the other skip is an error naming it, never a page that silently goes missing.
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(change: (root: string) => void): string {
  const root = createTempProject('ita-collections-');
  roots.push(root);
  change(root);
  return root;
}

/** A project copy where `text` is inserted after the first `after` of one file. */
function projectAdding(file: string, after: string, text: string): string {
  return project((r) => {
    const path = join(r, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(after, `${after}${text}`));
  });
}

const errorsOf = (root: string) => validateContent(root).problems.filter((p) => p.severity === 'error');

describe('the collections table', () => {
  it('is what the validator reads: the demo content, file by file', () => {
    const { content } = validateContent(projectRoot);
    for (const [name, source] of Object.entries(COLLECTIONS)) {
      const dir = join(projectRoot, 'content', source.folder);
      const { read, skipped } = listCollectionFiles(dir, source.pattern, source.folder !== '');
      expect(skipped, name).toEqual([]);
      const entries = name === 'organisation' ? [content.organisation!] : content[name as 'measures'];
      expect(
        entries.map((e) => e.raw.file),
        name,
      ).toEqual(read.map((f) => f.slice(projectRoot.length + 1)));
    }
  });

  it('reports a framework saved as .yml, which Astro would not read, with the name to use', () => {
    const root = project((r) =>
      renameSync(join(r, 'content/frameworks/2566.yaml'), join(r, 'content/frameworks/2566.yml')),
    );
    const problems = errorsOf(root).filter((p) => p.file === 'content/frameworks/2566.yml');
    expect(problems.map((p) => p.en).join('\n')).toContain('did you mean 2566.yaml?');
  });

  it('reports an OIT item page outside its year folder, and a framework in a sub-folder, as skipped', () => {
    const root = project((r) => {
      renameSync(join(r, 'content/oit/2569/O1.mdx'), join(r, 'content/oit/O1.mdx'));
      mkdirSync(join(r, 'content/frameworks/old'));
      renameSync(join(r, 'content/frameworks/2566.yaml'), join(r, 'content/frameworks/old/2566.yaml'));
    });
    const errors = errorsOf(root);
    const oit = errors.find((p) => p.file === 'content/oit/O1.mdx');
    expect(oit?.en).toBe(
      'this file is not where it is read, so it would be skipped: move it to content/oit/<fiscal year>/<code>.mdx',
    );
    expect(oit?.th).toContain('content/oit/<ปีงบประมาณ>/<รหัสข้อ>.mdx');
    expect(errors.find((p) => p.file === 'content/frameworks/old/2566.yaml')?.en).toContain(
      'move it to content/frameworks/<fiscal year>.yaml',
    );
  });
});

describe('entry ids', () => {
  it('use one rule for the URL name: the slug field, or else the file name', () => {
    for (const [entry, data, id] of [
      ['2568/open-data.mdx', {}, '2568/open-data'],
      ['2568/open-data.mdx', { slug: 'data-portal' }, '2568/data-portal'],
      ['no-gift-2569.mdx', {}, 'no-gift-2569'],
    ] as const) {
      expect(createEntryId({ entry, data })).toBe(id);
      expect(slugOf({ raw: { entry }, data })).toBe(slugOfId(id));
    }
  });
});

describe('the evidence-reference list', () => {
  it("checks that a draft's evidence file exists, but lists only published entries' files for the checks", () => {
    const draft = 'content/measures/2569/ai-chatbot-pilot.mdx';
    const evidence = 'evidence:\n  documents:\n    - { file: 2569/missing.pdf, title: ร่าง }\n';
    const root = projectAdding(draft, 'draft: true\n', evidence);
    const { content, problems } = validateContent(root);
    expect(problems.find((p) => p.file === draft)?.en).toBe(
      'the evidence file content/evidence/2569/missing.pdf does not exist: check the name or copy the file there',
    );
    expect(listEvidenceReferences(content).some((r) => r.file === '2569/missing.pdf')).toBe(false);
  });

  it("names an OIT item page's missing document with the same message as a measure's", () => {
    const page = 'content/oit/2569/O1.mdx';
    const documents = 'documents:\n  - { file: 2569/gone.pdf, title: โครงสร้าง }\n';
    const root = projectAdding(page, 'date: 2025-10-01\n', documents);
    const problem = errorsOf(root).find((p) => p.file === page);
    expect(problem?.field).toBe('documents[0].file');
    expect(problem?.en).toContain('the evidence file content/evidence/2569/gone.pdf does not exist');
  });
});
