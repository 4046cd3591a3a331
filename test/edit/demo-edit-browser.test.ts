import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '@/lib/validate/validate-content';
import { launchBrowser } from '../support/browser';
import { closeEditApp, openEditApp, type EditApp } from '../support/edit-app';

// Editing an existing demo measure in the app, in Chromium: the file afterwards differs
// from before in the changed field's line only; comments, key order, quoting and body stay.
const FILE = 'measures/2569/budget-disclosure.mdx';

let browser: Browser;
let app: EditApp;
let page: Page;
let original: string;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openEditApp(browser, (root) => {
    const path = join(root, 'content', FILE);
    original = readFileSync(path, 'utf8')
      .replace('status: done\n', 'status: done # ตรวจกับรายงานรอบ ๑๒ เดือนแล้ว\n')
      .replace('  - round: 6\n', '  # รอบแรก\n  - round: 6\n');
    writeFileSync(path, original);
  });
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
  await closeEditApp(app);
});

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
}

async function openAndSave(change: () => Promise<void>): Promise<string> {
  await page.goto(`${app.url}#path=${encodeURIComponent(FILE)}`);
  await page.waitForSelector('#f-title');
  await change();
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect.poll(() => page.textContent('#status'), { timeout: 60_000 }).toContain('บันทึกแล้ว');
  return readFileSync(join(app.root, 'content', FILE), 'utf8');
}

describe('editing an existing demo measure in the app', () => {
  it('changing the summary changes that one line only', async () => {
    const after = await openAndSave(() => page.getByLabel('สรุปสั้น ๆ').fill('สรุปที่แก้ไขในแอปแก้ไขข้อมูล'));
    expect(changedLines(original, after)).toEqual(['summary: สรุปที่แก้ไขในแอปแก้ไขข้อมูล']);
    expect(after).toContain('status: done # ตรวจกับรายงานรอบ ๑๒ เดือนแล้ว');
    expect(after).toContain('  # รอบแรก\n  - round: 6');
    expect(after).toContain('allocated: "25,000"');
    original = after;
  });

  it('changing a nested field (the 6-month round status) changes that one line only', async () => {
    const after = await openAndSave(async () => void (await page.selectOption('#f-progress_0__status', 'done')));
    expect(changedLines(original, after)).toEqual(['    status: done']);
    expect(after.slice(after.indexOf('\n---\n', 4))).toBe(original.slice(original.indexOf('\n---\n', 4)));
  });

  it('nested fields get their own help text from the schema, not the top-level field of the same name', async () => {
    const top = await page.textContent('[data-path="status"] .help');
    const round = await page.textContent('[data-path="progress[0].status"] .help');
    expect(top).toMatch(/^Status as of the latest report\./);
    expect(round).toBe('Status at the end of the round.');
  });

  it('an announcement gets its English twin: same translationKey on both files, lang: en on the new one', async () => {
    const thai = 'announcements/integrity-intent-2569.mdx';
    await page.goto(`${app.url}#path=${encodeURIComponent(thai)}`);
    await page.waitForSelector('#f-title');
    await page.getByRole('button', { name: 'สร้างฉบับภาษาอังกฤษ' }).click();
    await expect
      .poll(() => page.textContent('#editor-path'))
      .toBe('content/announcements/integrity-intent-2569-en.mdx');
    expect(readFileSync(join(app.root, 'content', thai), 'utf8')).toContain('translationKey: integrity-intent-2569');
    await page.getByLabel('ชื่อเรื่อง').fill('Declaration of integrity intent in administration');
    await page.fill('#body', '\nI, the Chief Executive, declare my intent to govern with integrity.\n');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect.poll(() => page.textContent('#status'), { timeout: 60_000 }).toContain('บันทึกแล้ว');
    const english = readFileSync(join(app.root, 'content/announcements/integrity-intent-2569-en.mdx'), 'utf8');
    expect(english).toMatch(/^---\nkind: integrity-intent\ntitle: Declaration of integrity intent in administration\n/);
    expect(english).toContain('lang: en\ntranslationKey: integrity-intent-2569\n');
    expect(english).toContain('---\n\nI, the Chief Executive, declare my intent to govern with integrity.\n');
    expect(validateContent(app.root).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it("a new OIT item page: the code is picked from that year's framework, a dropped PDF becomes its document", async () => {
    await page.goto(app.url);
    await page.waitForSelector('#entries a');
    await page.getByText('+ สร้างใหม่').click();
    await page.selectOption('#new-kind', 'oit-item');
    await page.selectOption('#new-year', '2570');
    const codes = await page.$$eval('#new-code option', (options) =>
      options.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
    );
    expect(codes.slice(0, 3)).toEqual(['O1', 'O2', 'O3']);
    await page.selectOption('#new-code', 'O2');
    await page.getByRole('button', { name: 'สร้าง', exact: true }).click();
    await expect.poll(() => page.textContent('#editor-path')).toBe('content/oit/2570/O2.mdx');
    await page.fill('#f-date', '๑ ต.ค. ๖๙');
    await expect.poll(() => page.textContent('[data-path="date"] .readback')).toBe('อ่านได้ว่า: 1 ตุลาคม 2569');
    await page.setInputFiles('#evidence-pick', join(app.root, 'content/evidence/2568/minutes-2568-03.pdf'));
    await page.waitForSelector('[data-path="documents[0]"]');
    expect(await page.inputValue('#f-documents_0__file')).toBe('2570/minutes-2568-03.pdf');
    await page.fill('#f-documents_0__title', 'ข้อมูลผู้บริหาร ปีงบประมาณ ๒๕๗๐');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect.poll(() => page.textContent('#status'), { timeout: 60_000 }).toContain('บันทึกแล้ว');
    const written = readFileSync(join(app.root, 'content/oit/2570/O2.mdx'), 'utf8');
    expect(written).toContain(
      'date: ๑ ต.ค. ๖๙\ndocuments:\n  - file: 2570/minutes-2568-03.pdf\n    title: ข้อมูลผู้บริหาร ปีงบประมาณ ๒๕๗๐\n',
    );
    expect(
      validateContent(app.root).problems.filter((p) => p.file === 'content/oit/2570/O2.mdx' && p.severity === 'error'),
    ).toEqual([]);
  });
});
