import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPreviousSheets, recordPublishedSheets } from '@/lib/oit/previous-sheet';
import { createTempProject } from '../support/temp-project';
import { runBuild } from '../support/temp-project';

const SITE = 'https://www.example.go.th';
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(sheet: unknown): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'ita-prev-'));
  temp.push(root);
  mkdirSync(join(root, 'content/oit'), { recursive: true });
  writeFileSync(join(root, 'content/oit/published-2569.json'), JSON.stringify(sheet));
  const out = join(root, 'out');
  mkdirSync(join(out, 'oit/2569/o1'), { recursive: true });
  writeFileSync(join(out, 'oit/2569/o1/index.html'), '<p>O1</p>');
  mkdirSync(join(out, 'evidence'), { recursive: true });
  writeFileSync(join(out, 'evidence/plan.pdf'), '%PDF');
  return { root, out };
}

describe('previous answer sheet check', () => {
  it('passes URLs that still open (pages and files) and skips addresses of another site', () => {
    const { root, out } = project({
      fiscalYear: 2569,
      items: [
        {
          code: 'O1',
          answers: [
            { url: `${SITE}/ita/oit/2569/o1/` },
            { url: `${SITE}/ita/evidence/plan.pdf` },
            { url: 'https://elsewhere.example.org/x/' },
          ],
        },
      ],
    });
    const outcome = checkPreviousSheets(root, out, SITE, '/ita/');
    expect(outcome.problems).toEqual([]);
    expect(outcome.stats).toEqual({ sheets: 1, urls: 2 });
    expect(outcome.notes[0]).toContain('skipped 1 address');
  });

  it('names the item, the year, the URL and the kept file when a URL is gone', () => {
    const { root, out } = project({
      fiscalYear: 2569,
      items: [
        { code: 'O1', answers: [{ url: `${SITE}/ita/oit/2569/o1/` }] },
        { code: 'O7', answers: [{ url: `${SITE}/ita/oit/2569/o7/` }] },
      ],
    });
    const [problem, ...rest] = checkPreviousSheets(root, out, SITE, '/ita/').problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', file: 'content/oit/published-2569.json', field: 'O7' });
    expect(problem!.en).toContain(
      `item O7 of fiscal year 2569: the OIT sheet published last time gave ${SITE}/ita/oit/2569/o7/`,
    );
    expect(problem!.th).toContain(`${SITE}/ita/oit/2569/o7/`);
  });

  it("keeps each year's sheet after a build and leaves an unchanged file alone", () => {
    const { root, out } = project({ fiscalYear: 2569, items: [] });
    mkdirSync(join(out, 'oit/2569'), { recursive: true });
    writeFileSync(join(out, 'oit/2569/oit-2569.json'), '{"fiscalYear":2569,"items":[]}\n');
    expect(recordPublishedSheets(root, out)).toEqual([2569]);
    expect(readFileSync(join(root, 'content/oit/published-2569.json'), 'utf8')).toBe(
      '{"fiscalYear":2569,"items":[]}\n',
    );
    expect(recordPublishedSheets(root, out)).toEqual([]);
  });
});

describe('a build after a page the last sheet listed was removed', () => {
  it('fails, naming the item and its URL, and publishes nothing', () => {
    const root = createTempProject('ita-prev-build-');
    temp.push(root);
    const kept = JSON.parse(readFileSync(join(root, 'content/oit/published-2569.json'), 'utf8')) as {
      items: { code: string; answers: { url: string }[] }[];
    };
    const url = 'https://www.nongtuayang.example.go.th/ita/oit/2569/o9/';
    expect(kept.items.find((i) => i.code === 'O9')!.answers.map((a) => a.url)).toContain(url);
    rmSync(join(root, 'content/oit/2569/O9.mdx'));
    const result = runBuild(root, [], { ITA_TODAY: '2026-12-03' });
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain('ข้อผิดพลาด / ERROR: content/oit/published-2569.json → O9');
    expect(result.output).toContain(`item O9 of fiscal year 2569: the OIT sheet published last time gave ${url}`);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    // The kept sheet is not overwritten by a failed build.
    expect(readFileSync(join(root, 'content/oit/published-2569.json'), 'utf8')).toContain(url);
  }, 600_000); // a whole build: over a minute when the machine is shared
});
