import { copyFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/temp-project';
import type { Problem } from '@/lib/validate/problem';
import { validateContent } from '@/lib/validate/validate-content';

// Only content/ is copied: validateContent reads nothing else.
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
function validateWith(change: (content: string) => void): Problem[] {
  const root = mkdtempSync(join(tmpdir(), 'ita-names-'));
  roots.push(root);
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  change(join(root, 'content'));
  return validateContent(root).problems;
}
const MEASURES = 'measures/2569';
const only = (problems: Problem[], file: string) => problems.filter((p) => p.file === file);

describe('measure and announcement file names that would give a bad address', () => {
  it('a Windows copy "budget-disclosure - Copy.mdx": an error with the name to use', () => {
    const problems = validateWith((c) =>
      copyFileSync(join(c, MEASURES, 'budget-disclosure.mdx'), join(c, MEASURES, 'budget-disclosure - Copy.mdx')),
    );
    const [problem, ...rest] = only(problems, 'content/measures/2569/budget-disclosure - Copy.mdx');
    expect(rest).toEqual([]);
    expect(problem!.severity).toBe('error');
    expect(problem!.th).toContain('ดูเหมือนเป็นสำเนาที่ Windows สร้างขึ้น ถ้าเป็นสำเนาให้ลบทิ้ง');
    expect(problem!.th).toContain('ให้เปลี่ยนชื่อเป็น budget-disclosure-2.mdx');
    expect(problem!.en).toContain(
      'it looks like a copy Windows made: if it is a copy, delete it; otherwise rename it to budget-disclosure-2.mdx',
    );
    // The copy also shares the original's order: that warning names both files.
    const order = problems.filter((p) => p.field === 'order');
    expect(order).toHaveLength(1);
    expect(order[0]!.severity).toBe('warning');
    expect(order[0]!.en).toContain(
      'content/measures/2569/budget-disclosure - Copy.mdx and content/measures/2569/budget-disclosure.mdx',
    );
  });
  it('a Thai file name: an error suggesting an ASCII name', () => {
    const problems = validateWith((c) =>
      renameSync(join(c, MEASURES, 'queue-service.mdx'), join(c, MEASURES, 'บริการคิว ออนไลน์.mdx')),
    );
    const [problem] = only(problems, 'content/measures/2569/บริการคิว ออนไลน์.mdx');
    expect(problem!.severity).toBe('error');
    expect(problem!.th).toContain('ชื่อไฟล์มีภาษาไทย');
    expect(problem!.th).toContain('ให้เปลี่ยนชื่อเป็น measure-1.mdx');
    expect(problem!.en).toContain('the name has Thai or other non-English letters');
    expect(problem!.en).toContain('rename it to measure-1.mdx');
  });
  it('a Thai file name with its own slug is fine: the address comes from the slug', () => {
    const problems = validateWith((c) => {
      const text = readFileSync(join(c, MEASURES, 'queue-service.mdx'), 'utf8').replace(
        /^title: .*$/m,
        '$&\nslug: queue-service',
      );
      rmSync(join(c, MEASURES, 'queue-service.mdx'));
      writeFileSync(join(c, MEASURES, 'บริการคิว ออนไลน์.mdx'), text);
    });
    expect(problems).toEqual([]);
  });
  it('capitals and spaces in an announcement name', () => {
    const problems = validateWith((c) =>
      renameSync(join(c, 'announcements/no-gift-policy-2568.mdx'), join(c, 'announcements/No Gift Policy 2568.mdx')),
    );
    const [problem] = only(problems, 'content/announcements/No Gift Policy 2568.mdx');
    expect(problem!.en).toContain(
      'the name has spaces, capitals or characters that break a web address; rename it to no-gift-policy-2568.mdx',
    );
  });
});

describe('near-miss names that would be skipped without a word', () => {
  const cases: [string, string, string][] = [
    ['measures/2569/new-measure.mdx.txt', 'new-measure.mdx', 'Notepad'],
    ['measures/2569/new-measure.MDX', 'new-measure.mdx', 'did you mean'],
    ['measures/2569/new-measure.md', 'new-measure.mdx', 'did you mean'],
    ['announcements/notice.txt', 'notice.mdx', 'did you mean'],
    ['frameworks/2571.yaml.txt', '2571.yaml', 'did you mean'],
    ['organization.yaml', 'organisation.yaml', 'did you mean'],
    ['checks.yml', 'checks.yaml', 'did you mean'],
  ];
  it.each(cases)('%s: "did you mean %s"', (path, meant, hint) => {
    const problems = validateWith((c) =>
      writeFileSync(join(c, path), readFileSync(join(c, MEASURES, 'budget-disclosure.mdx'))),
    );
    const [problem] = only(problems, `content/${path}`);
    expect(problem!.severity).toBe('error');
    expect(problem!.th).toContain(`หมายถึง ${meant} หรือไม่`);
    expect(problem!.en).toContain(`did you mean ${meant}?`);
    expect(`${problem!.th} ${problem!.en}`).toContain(hint);
  });
  it('a Notepad near-miss with a Thai name: the name to use is an address-safe one', () => {
    const [problem] = only(
      validateWith((c) =>
        writeFileSync(join(c, MEASURES, 'บริการคิว.mdx.txt'), readFileSync(join(c, MEASURES, 'budget-disclosure.mdx'))),
      ),
      'content/measures/2569/บริการคิว.mdx.txt',
    );
    expect(problem!.th).toContain('ให้เปลี่ยนชื่อเป็น measure-1.mdx');
    expect(problem!.en).toContain(
      'would be skipped without a word: rename it to measure-1.mdx (the file name becomes the page address',
    );
    expect(problem!.en).toContain('Notepad');
  });
  it('a PDF put in the measures folder: where evidence belongs', () => {
    const [problem] = only(
      validateWith((c) => writeFileSync(join(c, MEASURES, 'minutes.pdf'), '%PDF-1.4')),
      'content/measures/2569/minutes.pdf',
    );
    expect(problem!.th).toContain('content/evidence/');
    expect(problem!.en).toContain('evidence files belong in content/evidence/<fiscal year>/');
  });
  it('leaves system files (Thumbs.db, .DS_Store) alone', () => {
    expect(
      validateWith((c) =>
        ['Thumbs.db', '.DS_Store', 'desktop.ini'].forEach((n) => writeFileSync(join(c, MEASURES, n), 'x')),
      ),
    ).toEqual([]);
  });
});

describe('duplicate order within an issue', () => {
  it('is a warning naming both files', () => {
    const problems = validateWith((c) => {
      const path = join(c, MEASURES, 'information-disclosure.mdx');
      // Same issue and order as another measure in oit-9 (order 1).
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^order: 2$/m, 'order: 1'));
    });
    const warnings = problems.filter((p) => p.field === 'order');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.th).toMatch(
      /ใช้ลำดับ \(order\) 1 เหมือนกัน: content\/measures\/2569\/[a-z-]+\.mdx และ content\/measures\/2569\/[a-z-]+\.mdx/,
    );
    expect(warnings[0]!.en).toContain('content/measures/2569/information-disclosure.mdx');
    expect(warnings[0]!.en).toMatch(
      /two measures in issue oit-9 of 2569 have the same order 1: content\/measures\/2569\/\S+ and content\/measures\/2569\/\S+; give one of them a different order/,
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a logo outside content/', () => {
  it('"../public/…" is an error even when the file exists', () => {
    const problems = validateWith((c) => {
      const path = join(c, 'organisation.yaml');
      writeFileSync(join(c, '..', 'outside-logo.svg'), readFileSync(join(c, 'logo.svg')));
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^logo: .*$/m, 'logo: ../outside-logo.svg'));
    });
    const [problem] = problems.filter((p) => p.field === 'logo');
    expect(problem).toMatchObject({ severity: 'error', file: 'content/organisation.yaml' });
    expect(problem!.th).toContain('"../outside-logo.svg" ซึ่งอยู่นอกโฟลเดอร์ content/');
    expect(problem!.en).toContain(
      'it is given as "../outside-logo.svg", which is outside content/: copy the logo into content/',
    );
  });
});

describe('content/checks.yaml mistakes', () => {
  // The steps that read it could only throw a stack trace; the content check reports them like any file.
  it('a misspelt setting is an error naming the file', () => {
    const [problem, ...rest] = validateWith((c) => writeFileSync(join(c, 'checks.yaml'), 'maxPhotoMb: 3\n'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', file: 'content/checks.yaml' });
    expect(problem!.th).toContain('ไม่รู้จักช่อง "maxPhotoMb"');
    expect(problem!.en).toContain('unknown field "maxPhotoMb"');
  });
  it('a Tab indent is an error at its line', () => {
    const [problem] = validateWith((c) => writeFileSync(join(c, 'checks.yaml'), 'maxPhotoMB: 3\n\tmaxDocumentMB: 5\n'));
    expect(problem!.th).toContain('บรรทัด 2');
    expect(problem!.en).toContain('the YAML cannot be read at line 2, column 1: «→maxDocumentMB: 5»');
  });
  it('an unlisted document kind without a reason names the field', () => {
    const [problem] = validateWith((c) =>
      writeFileSync(join(c, 'checks.yaml'), 'otherDocumentKinds:\n  - ext: dwg\n    reason: ok\n    approvedBy: ปลัด\n'),
    );
    expect(problem).toMatchObject({ file: 'content/checks.yaml', field: 'otherDocumentKinds[0].reason' });
    expect(problem!.en).toContain('give a real reason');
  });
});

describe('evidence paths typed the Windows way', () => {
  const PDF = '2569/bribery-risk-assessment-2569.pdf';
  const withFile = (file: string) =>
    validateWith((c) => {
      const path = join(c, MEASURES, 'bribery-risk-assessment.mdx');
      writeFileSync(path, readFileSync(path, 'utf8').replace(`file: ${PDF}`, `file: ${file}`));
    }).filter((p) => p.field === 'evidence.documents[0].file');
  it.each([
    ['2569\\bribery-risk-assessment-2569.pdf'],
    ['content/evidence/2569/bribery-risk-assessment-2569.pdf'],
    ['2569/Bribery-Risk-Assessment-2569.PDF'],
  ])('%s: "did you mean"', (typed) => {
    const [problem, ...rest] = withFile(typed);
    expect(rest).toEqual([]);
    expect(problem!.th).toContain(`หมายถึง ${PDF} หรือไม่`);
    expect(problem!.en).toContain(`did you mean ${PDF}?`);
  });
});

describe('an iPhone .heic photo', () => {
  it('says to export it as JPEG', () => {
    const [problem] = validateWith((c) => {
      const path = join(c, MEASURES, 'budget-disclosure.mdx');
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace('file: 2569/budget-forum.jpg', 'file: 2569/budget-forum.heic'),
      );
    }).filter((p) => p.field === 'evidence.photos[0].file');
    expect(problem!.th).toContain('ภาพ .heic จาก iPhone ให้ส่งออกเป็น JPEG ก่อน');
    expect(problem!.en).toContain('export an iPhone .heic photo as JPEG first');
  });
});
