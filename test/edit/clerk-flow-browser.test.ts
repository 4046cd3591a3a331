import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject, projectRoot } from '../support/temp-project';
import { findAxeViolations, launchBrowser } from '../support/browser';
import { startEditCommand, stopCommand } from '../support/edit-app';

// What a clerk does with `npm run edit`, in Chromium, on a throw-away copy of the project:
// a new 2570 measure with steps, a period typed in Thai, two dropped photos and a PDF,
// a schema error seen next to its field and fixed, save, Build, and the page is in dist/.
const FILE = 'measures/2570/tree-planting.mdx';
const SHOTS = join(projectRoot, 'test-results', 'screenshots');

let root: string;
let browser: Browser;
let page: Page;
let stop: () => Promise<void>;

beforeAll(async () => {
  root = createTempProject('ita-edit-');
  // A 1 MB photo limit, so the phone-sized photo below is over it and must be shrunk before the build passes.
  writeFileSync(join(root, 'content', 'checks.yaml'), 'maxPhotoMB: 1\n');
  const started = await startEditCommand(root);
  stop = () => stopCommand(started.child);
  browser = await launchBrowser();
  // bypassCSP only so the test can inject axe-core; the app itself allows no inline script.
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await page.goto(started.url);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stop?.();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Drops files onto the evidence drop zone the way a file manager does (a DataTransfer with File objects). */
async function dropFiles(files: Array<{ name: string; type: string; bytes: Buffer }>): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.type, b64: f.bytes.toString('base64') }));
  const transfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const item of items)
      dt.items.add(new File([Uint8Array.from(atob(item.b64), (c) => c.charCodeAt(0))], item.name, { type: item.type }));
    return dt;
  }, payload);
  await page.dispatchEvent('#evidence-drop', 'drop', { dataTransfer: transfer });
}

const save = async () => {
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect.poll(() => page.textContent('#status'), { timeout: 60_000 }).toMatch(/บันทึกแล้ว|ยังไม่ได้บันทึก/);
};

describe('a clerk adds a 2570 measure in the editing app and builds the site', () => {
  it('creates the measure with steps and a Thai period, shown back as dates', async () => {
    await page.getByText('+ สร้างใหม่').click();
    await page.selectOption('#new-year', '2570');
    await page.getByLabel('ชื่อไฟล์').fill('tree-planting');
    await page.getByRole('button', { name: 'สร้าง', exact: true }).click();
    await expect.poll(() => page.textContent('#editor-path')).toBe(`content/${FILE}`);
    // Issue choices come from the 2570 framework.
    const issues = await page.$$eval('#f-issue option', (options) =>
      options.map((o) => (o as HTMLOptionElement).value),
    );
    expect(issues).toContain('iit-1');
    await page.selectOption('#f-issue', 'iit-1');
    await page.fill('#f-order', '1');
    await page.getByLabel('ชื่อเรื่อง').fill('ปลูกต้นไม้ร่วมกับชุมชนเพื่อสิ่งแวดล้อม');
    await page.getByLabel('สรุปสั้น ๆ').fill('ชวนชาวบ้านปลูกต้นไม้ในที่สาธารณะของตำบล');
    for (const step of ['ประชุมวางแผนกับผู้นำชุมชน', 'จัดกิจกรรมปลูกต้นไม้', 'ติดตามการดูแลต้นไม้ทุกเดือน']) {
      await page.locator('fieldset[data-path="steps"] > button.add').click();
      await page.locator('fieldset[data-path="steps"] textarea').last().fill(step);
    }
    await page.locator('fieldset[data-path="responsible"] > button.add').click();
    await page.locator('fieldset[data-path="responsible"] textarea').last().fill('สำนักปลัด');
    await page.selectOption('#f-status', 'in-progress');
    await page.getByLabel('ระยะเวลาดำเนินการ').pressSequentially('๑ ต.ค. ๖๙ ถึง ๓๑ มี.ค. ๗๐');
    await expect
      .poll(() => page.textContent('[data-path="period"] .readback'))
      .toMatch(/^อ่านได้ว่า: 1 ตุลาคม 2569\s*–\s*31 มีนาคม 2570$/);
    // Reordering a step moves it: the third step goes up one.
    await page.getByRole('button', { name: 'เลื่อนขึ้น ขั้นตอน/วิธีการปฏิบัติ 3' }).click();
    const steps = await page.$$eval('fieldset[data-path="steps"] textarea', (areas) =>
      areas.map((a) => (a as HTMLTextAreaElement).value),
    );
    expect(steps).toEqual(['ประชุมวางแผนกับผู้นำชุมชน', 'ติดตามการดูแลต้นไม้ทุกเดือน', 'จัดกิจกรรมปลูกต้นไม้']);
  });

  it('takes two dropped photos and a PDF: safe names, thumbnails, GPS notice, shrink for the big one', async () => {
    const big = await sharp({
      create: {
        width: 3200,
        height: 2400,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .blur(3)
      .jpeg({ quality: 98 })
      .toBuffer();
    await dropFiles([
      {
        name: 'IMG_2034 ปลูกต้นไม้.JPG',
        type: 'image/jpeg',
        bytes: readFileSync(join(root, 'content/evidence/2568/sample-gps-site-visit.jpg')),
      },
      { name: 'ภาพหมู่.jpg', type: 'image/jpeg', bytes: big },
      {
        name: 'รายงานการประชุม ครั้งที่ 1.pdf',
        type: 'application/pdf',
        bytes: readFileSync(join(root, 'content/evidence/2568/minutes-2568-03.pdf')),
      },
    ]);
    await page.waitForSelector('[data-path="evidence.documents[0]"]');
    const stored = readdirSync(join(root, 'content/evidence/2570')).sort();
    expect(stored).toEqual(['document-1.pdf', 'img-2034.jpg', 'photo.jpg']);
    expect(await page.inputValue('#f-evidence_photos_0__file')).toBe('2570/img-2034.jpg');
    await expect
      .poll(() =>
        page.$$eval('img.thumb', (imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length),
      )
      .toBe(2);
    await expect.poll(() => page.textContent('[data-path="evidence.photos[0]"] .gps')).toContain('จะถูกลบออก');
    expect(await page.$('[data-path="evidence.photos[1]"] .gps')).toBeNull();
    await page.locator('[data-path="evidence.photos[1]"] .oversize button').click();
    await expect
      .poll(() => page.textContent('[data-path="evidence.photos[1]"]'), { timeout: 60_000 })
      .toContain('ย่อแล้ว');
    expect(readFileSync(join(root, 'content/evidence/2570/photo.jpg')).length).toBeLessThan(1024 * 1024);
    expect(await page.inputValue('#f-evidence_documents_0__title')).toBe('รายงานการประชุม ครั้งที่ 1');
  });

  it('refuses to save without captions and with a too-short alt text, next to those fields, then saves once fixed', async () => {
    await page.fill('#f-evidence_photos_0__alt', 'ต้นไม้');
    await page.fill('#f-evidence_photos_1__alt', 'ภาพ');
    await save();
    expect(await page.textContent('#status')).toContain('ยังไม่ได้บันทึก');
    expect(await page.textContent('#f-evidence_photos_0__caption-problem')).toContain('caption');
    expect(existsSync(join(root, 'content', FILE))).toBe(false);
    await page.fill('#f-evidence_photos_0__caption', 'ผู้นำชุมชนสำรวจพื้นที่ปลูกต้นไม้');
    await page.fill('#f-evidence_photos_1__caption', 'ชาวบ้านร่วมปลูกต้นไม้');
    await save();
    // The schema's own message (alt at least 5 characters), in Thai and English, next to the alt field.
    const problem = await page.textContent('#f-evidence_photos_1__alt-problem');
    expect(problem).toMatch(/alt.*สั้นเกินไป/);
    expect(problem).toMatch(/alt text is too short/);
    expect(existsSync(join(root, 'content', FILE))).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'edit-error-desktop.png') });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('#f-evidence_photos_1__alt').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'edit-error-phone.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.fill('#f-evidence_photos_1__alt', 'ชาวบ้านหลายคนช่วยกันปลูกต้นกล้าริมถนน');
    await save();
    expect(await page.textContent('#status')).toContain('บันทึกแล้ว');
    const written = readFileSync(join(root, 'content', FILE), 'utf8');
    expect(written).toContain('period: ๑ ต.ค. ๖๙ ถึง ๓๑ มี.ค. ๗๐');
    expect(written).toContain('file: 2570/img-2034.jpg');
    expect(written).not.toContain('draft:');
  });

  it('a second save leaves the file byte for byte the same, body included', async () => {
    const path = join(root, 'content', FILE);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(/\n---\n[\s\S]*$/, '\n---\n\nชาวบ้าน ๑๒๐ คนร่วมปลูกต้นไม้ ๕๐๐ ต้น\n'),
    );
    await page.reload();
    await page.waitForSelector('#f-title');
    const before = readFileSync(path, 'utf8');
    await save();
    expect(await page.textContent('#status')).toContain('บันทึกแล้ว');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(await findAxeViolations(page)).toEqual([]);
  });

  it(
    'Build runs the full build with its checks and the measure page with its gallery is in dist/',
    { timeout: 900_000 },
    async () => {
      await page.getByRole('button', { name: /สร้างเว็บไซต์/ }).click();
      await page.waitForSelector('#build-result', { timeout: 880_000 });
      const result = await page.textContent('#build-result');
      expect(result, (await page.textContent('#build-report')) ?? '').toContain('สร้างเว็บไซต์เสร็จ');
      await page.screenshot({ path: join(SHOTS, 'edit-build-desktop.png') });
      // Then the OIT completeness of each year, read from the answer sheets the build wrote.
      const oit = await page.$$eval('#oit-summary tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      );
      const sheet2570 = JSON.parse(readFileSync(join(root, 'dist/oit/2570/oit-2570.json'), 'utf8')) as {
        items: Array<{ hasContent: boolean }>;
      };
      expect(oit[0]).toEqual([
        '2570',
        `${sheet2570.items.filter((i) => i.hasContent).length} / ${sheet2570.items.length}`,
        expect.stringContaining('O1'),
      ]);
      const html = readFileSync(join(root, 'dist/2570/iit-1/tree-planting/index.html'), 'utf8');
      expect(html).toContain('ปลูกต้นไม้ร่วมกับชุมชนเพื่อสิ่งแวดล้อม');
      expect(html).toContain('ผู้นำชุมชนสำรวจพื้นที่ปลูกต้นไม้');
      expect(html.match(/<figure/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      // The written file passes `npm run check` like any hand-written one.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !/^(?:BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(key)),
      );
      const check = spawnSync('npm', ['run', '--silent', 'check', '--', '--offline'], {
        cwd: root,
        encoding: 'utf8',
        env,
        timeout: 300_000,
      });
      // Kept for people to read when this fails: the report names the file and field at fault.
      writeFileSync(join(SHOTS, 'edit-check-output.txt'), `${check.stdout}\n${check.stderr}`);
      const errors = `${check.stdout}\n${check.stderr}`
        .split('\n')
        .filter((line) => /✗|ข้อผิดพลาด|ERROR|^\s{2,}\S/.test(line))
        .join('\n');
      expect(check.status, errors).toBe(0);
    },
  );

  it('the preview beside the form is the real page, and shows a saved change', { timeout: 180_000 }, async () => {
    await page.getByRole('button', { name: 'ดูตัวอย่างหน้าเว็บ' }).click();
    const frame = page.frameLocator('#preview-frame');
    await expect
      .poll(
        () =>
          frame
            .locator('h1')
            .textContent()
            .catch(() => ''),
        { timeout: 150_000 },
      )
      .toContain('ปลูกต้นไม้ร่วมกับชุมชนเพื่อสิ่งแวดล้อม');
    await page.getByLabel('สรุปสั้น ๆ').fill('ชาวบ้านปลูกต้นไม้ ๕๐๐ ต้นในที่สาธารณะของตำบล');
    await save();
    await expect
      .poll(
        () =>
          frame
            .locator('body')
            .textContent()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toContain('ชาวบ้านปลูกต้นไม้ ๕๐๐ ต้นในที่สาธารณะของตำบล');
    await page.screenshot({ path: join(SHOTS, 'edit-preview-desktop.png') });
  });
});
