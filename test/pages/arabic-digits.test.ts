import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { stripThaiBreaks } from '@/build/thai-breaks/mark-thai-breaks';
import { createTempProject, runBuild } from '../support/temp-project';

// An organisation that prints Arabic digits gets them everywhere the pages print a number or a date.
let out: string;
beforeAll(() => {
  const root = createTempProject('ita-arabic-');
  const file = join(root, 'content', 'organisation.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^digits: thai$/m, 'digits: arabic'));
  out = join(root, 'out');
  const { status, output } = runBuild(root, ['--out', out, '--base', '/ita/']);
  if (status !== 0) throw new Error(output);
});

it('prints years, dates, counts, money and scores in Arabic digits when the organisation chooses them', () => {
  const page = (path: string) => stripThaiBreaks(readFileSync(join(out, path, 'index.html'), 'utf8'));
  const measure = page('2568/authority-personnel/ethics-training');
  expect(measure).toContain('ปีงบประมาณ 2568');
  expect(measure).toContain('35,000 บาท');
  expect(measure).toMatch(/1 มกราคม – 31 มีนาคม 2568/);
  expect(page('2568')).toContain('รอบ 12 เดือน');
  expect(page('assessment/2568')).toContain('87.45');
  // The page's own words stay Thai; only the digits differ. Thai digits remain only where authors typed them.
  const chrome = measure.slice(0, measure.indexOf('<main'));
  expect(chrome).not.toMatch(/[๐-๙]/);
});
