import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempProject, projectRoot } from '../support/temp-project';
import { runBuild } from '../support/temp-project';
import { formatThaiId, makePdf, makeSyntheticThaiId } from '../support/make-pdf';

// Each fault alone must stop `npm run build` before Astro renders anything,
// with a message naming the file; dist/ must stay as it was.
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const PDF = '2569/bribery-risk-assessment-2569.pdf';
const MEASURE = 'content/measures/2569/bribery-risk-assessment.mdx';
const PHOTO = '2569/budget-forum.jpg';
// Synthetic: an arbitrary prefix with its computed check digit, not a real person's number.
const ID = makeSyntheticThaiId('320990011122');

function buildWith(fault: (root: string) => void): { status: number; output: string; root: string } {
  const root = createTempProject('ita-refusal-');
  roots.push(root);
  fault(root);
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'approved.txt'), 'the site approved last time');
  return { ...runBuild(root), root };
}

function expectRefused(result: { status: number; output: string; root: string }): void {
  expect(result.status, result.output).toBe(1);
  expect(result.output).toContain('nothing was published');
  expect(result.output).not.toContain('[build] Building static entrypoints');
  expect(readdirSync(join(result.root, 'dist'))).toEqual(['approved.txt']);
}

describe('the build refuses to publish', () => {
  it('a corrupt PDF', () => {
    const result = buildWith((root) => {
      const path = join(root, 'content/evidence', PDF);
      const bytes = readFileSync(path);
      writeFileSync(
        path,
        Buffer.concat([bytes.subarray(0, 200), Buffer.alloc(bytes.length - 400, 0x20), bytes.subarray(-200)]),
      );
    });
    expectRefused(result);
    expect(result.output).toContain(`${MEASURE} → evidence.documents[0].file`);
    expect(result.output).toMatch(
      /content\/evidence\/2569\/bribery-risk-assessment-2569\.pdf (cannot be opened; it appears damaged|is incomplete)/,
    );
  });

  it('a password-protected PDF', () => {
    const result = buildWith((root) =>
      copyFileSync(join(projectRoot, 'test/fixtures/ita/password-protected.pdf'), join(root, 'content/evidence', PDF)),
    );
    expectRefused(result);
    expect(result.output).toContain('ตั้งรหัสผ่านไว้');
    expect(result.output).toContain(`content/evidence/${PDF} is password-protected`);
  });

  it('a missing evidence file', () => {
    const result = buildWith((root) => unlinkSync(join(root, 'content/evidence', PDF)));
    expectRefused(result);
    expect(result.output).toContain(`the evidence file content/evidence/${PDF} does not exist`);
  });

  it('an oversized photo, with a hint on how to shrink it', () => {
    const result = buildWith((root) => writeFileSync(join(root, 'content/checks.yaml'), 'maxPhotoMB: 0.05\n'));
    expectRefused(result);
    expect(result.output).toMatch(
      new RegExp(`content/evidence/${PHOTO} is [\\d.]+ MB, over the 0.05 MB limit: resize it to at most 2000 px wide`),
    );
  });

  it('a national ID number in a measure, without repeating the number', () => {
    const result = buildWith((root) => {
      const path = join(root, MEASURE);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\nผู้แจ้งเบาะแส เลขประจำตัวประชาชน ${formatThaiId(ID, ' ')}\n`);
    });
    expectRefused(result);
    expect(result.output).toMatch(new RegExp(`${MEASURE} → บรรทัด \\d+ / line \\d+`));
    expect(result.output).toContain('found a Thai national ID number x xxxx xxxx');
    expect(result.output).not.toContain(ID.slice(0, 9));
  });

  it('a national ID number inside a PDF', () => {
    const result = buildWith((root) =>
      writeFileSync(
        join(root, 'content/evidence', PDF),
        makePdf(['Risk assessment 2569', `Complainant ID ${formatThaiId(ID)}`]),
      ),
    );
    expectRefused(result);
    expect(result.output).toContain(`content/evidence/${PDF} → ข้อความใน PDF (แนบโดย ${MEASURE})`);
    expect(result.output).toContain('found a Thai national ID number');
  });
});
