import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stripThaiBreaks } from '@/build/thai-breaks/mark-thai-breaks';
import { createTempProject } from '../support/temp-project';
import { runBuild } from '../support/temp-project';
import { listFiles, readAsText, sha256 } from '../support/dist-scan';

// Two independent copies of the project build the same content; one carries
// extra drafts. Shared by every test here: builds are the slow part.
const DRAFT_WORDS = ['ร่างลับเฉพาะXYZ', 'ลับสุดยอดQJZ'];
const DRAFT_ANNOUNCEMENT = `---
kind: no-gift-policy
title: ประกาศนโยบายไม่รับของขวัญฉบับร่างทดสอบ
date: 2025-10-01
fiscalYear: 2569
signatory: { name: นายทดสอบ ร่างไว้, position: นายกองค์การบริหารส่วนตำบล }
oitTopics: [no-gift-policy, integrity-intent]
draft: true
---

${DRAFT_WORDS[1]} ข้อความนี้ต้องไม่ปรากฏที่ใดในเว็บไซต์
`;

// A draft OIT item page: its page, its address on the answer sheet and its words must appear nowhere.
const DRAFT_OIT_PAGE = `---\nsummary: ร่างข้อมูลผู้บริหารQWV\ndate: 2026-10-01\ndraft: true\n---\n\nร่างรายชื่อผู้บริหารQWV\n`;

// The clock both builds run at: fiscal year 2570 has begun, and the demo has no 2570 measure yet.
const TODAY = '2026-12-03';

const roots: string[] = [];
let distA = '';
let distB = '';
let outputA = '';
beforeAll(() => {
  for (const _ of [0, 1]) {
    const root = createTempProject('ita-site-');
    roots.push(root);
    writeFileSync(join(root, 'content/announcements/draft-no-gift-test.mdx'), DRAFT_ANNOUNCEMENT);
    mkdirSync(join(root, 'content/oit/2570'), { recursive: true });
    writeFileSync(join(root, 'content/oit/2570/O2.mdx'), DRAFT_OIT_PAGE);
  }
  // Each build gets its own empty social-card cache, so nothing rendered by one build is reused by the other.
  // …and a different time zone: every date must come from the content, read in Asia/Bangkok, never from the machine.
  const a = runBuild(roots[0]!, [], { ITA_OG_CACHE: join(roots[0]!, '.og-cache'), TZ: 'UTC', ITA_TODAY: TODAY });
  outputA = a.output;
  expect(a.status, a.output).toBe(0);
  const b = runBuild(roots[1]!, [], {
    ITA_OG_CACHE: join(roots[1]!, '.og-cache'),
    TZ: 'America/Los_Angeles',
    ITA_TODAY: TODAY,
  });
  expect(b.status, b.output).toBe(0);
  distA = join(roots[0]!, 'dist');
  distB = join(roots[1]!, 'dist');
});
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('reproducible builds', () => {
  it('give byte-identical sites, build-info.json aside, and the same declared fingerprint', () => {
    const files = listFiles(distA);
    expect(listFiles(distB)).toEqual(files);
    const differing = files.filter((f) => sha256(join(distA, f)) !== sha256(join(distB, f)));
    expect(differing).toEqual(['build-info.json']);
    const infoA = JSON.parse(readFileSync(join(distA, 'build-info.json'), 'utf8'));
    const infoB = JSON.parse(readFileSync(join(distB, 'build-info.json'), 'utf8'));
    expect(infoA.siteSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(infoA.siteSha256).toBe(infoB.siteSha256);
    expect(infoA.siteFiles).toBe(files.length - 1);
  });
});

describe('drafts', () => {
  it('appear nowhere in dist: no page, sitemap, feed, search index, answer sheet or social card', () => {
    const files = listFiles(distA);
    expect(files.length).toBeGreaterThan(50);
    const hits = files.filter((f) => {
      const text = readAsText(join(distA, f));
      return (
        DRAFT_WORDS.some((w) => text.includes(w)) ||
        text.includes('ฉบับร่างทดสอบ') ||
        text.includes('ai-chatbot-pilot') ||
        text.includes('ร่างรายชื่อผู้บริหารQWV') ||
        text.includes('ร่างข้อมูลผู้บริหารQWV') ||
        text.includes('/oit/2570/o2/')
      );
    });
    expect(hits).toEqual([]);
    expect(files.filter((f) => /ai-chatbot-pilot|draft-no-gift-test|oit\/2570\/o2\//.test(f))).toEqual([]);
  });

  it('are counted by the draft scan step, which ran on the finished site', () => {
    expect(outputA).toMatch(/draft leaks\n\s+drafts 3, filesScanned \d+/);
  });
});

describe('OIT answer sheet', () => {
  for (const year of [2568, 2569]) {
    it(`lists every OIT item of ${year} with URLs that open on this site`, () => {
      const framework = parse(readFileSync(join(roots[0]!, `content/frameworks/${year}.yaml`), 'utf8')) as {
        oitItems: { code: string }[];
      };
      const sheet = JSON.parse(readFileSync(join(distA, `oit/${year}/oit-${year}.json`), 'utf8')) as {
        items: { code: string; hasContent: boolean; answers: { url: string }[] }[];
      };
      expect(sheet.items.map((i) => i.code)).toEqual(framework.oitItems.map((i) => i.code));
      const site = 'https://www.nongtuayang.example.go.th/ita/';
      for (const item of sheet.items) {
        expect(item.hasContent, item.code).toBe(item.answers.length > 0);
        for (const { url } of item.answers) {
          expect(url.startsWith(site), url).toBe(true);
          expect(existsSync(join(distA, url.slice(site.length), 'index.html')), url).toBe(true);
        }
      }
      const html = stripThaiBreaks(readFileSync(join(distA, `oit/${year}/index.html`), 'utf8'));
      for (const item of sheet.items) expect(html).toContain(item.code);
      expect(html.split('ยังไม่มีข้อมูล').length - 1).toBe(sheet.items.filter((i) => !i.hasContent).length);
    });
  }

  it('lists every framework item of both demo years and answers every item the demo content maps', () => {
    // 2569: items without a topic (O1 โครงสร้าง …) are answered by the demo's item pages in content/oit/2569/.
    const expected: Record<number, { count: number; answered: string[] }> = {
      2568: { count: 28, answered: ['O18', 'O21', 'O23', 'O27'] },
      2569: { count: 26, answered: Array.from({ length: 26 }, (_, i) => `O${i + 1}`) },
    };
    for (const [year, { count, answered }] of Object.entries(expected)) {
      const sheet = JSON.parse(readFileSync(join(distA, `oit/${year}/oit-${year}.json`), 'utf8')) as {
        items: { code: string; hasContent: boolean }[];
      };
      expect(sheet.items.length, year).toBe(count);
      expect(
        sheet.items.filter((i) => i.hasContent).map((i) => i.code),
        year,
      ).toEqual(answered);
    }
  });

  it("answers the previous-year measures-report item with last year's 12-month report", () => {
    const sheet = JSON.parse(readFileSync(join(distA, 'oit/2569/oit-2569.json'), 'utf8')) as {
      items: { code: string; coversYear: number; answers: { url: string }[] }[];
    };
    const o26 = sheet.items.find((i) => i.code === 'O26')!;
    expect(o26.coversYear).toBe(2568);
    const paths = o26.answers.map((a) => new URL(a.url).pathname);
    expect(paths[0]).toBe('/ita/2568/round-12/');
    expect(paths.filter((p) => /round-\d+\/$/.test(p))).toEqual(['/ita/2568/round-12/']);
  });

  it('earns its script: one small external module for the copy buttons, nothing inline', () => {
    const html = readFileSync(join(distA, 'oit/2569/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(
      scripts.every(([, attrs, body]) => /type="module"/.test(attrs!) && /src="/.test(attrs!) && body!.trim() === ''),
    ).toBe(true);
    const bytes = scripts.reduce(
      (sum, [, attrs]) => sum + readFileSync(join(distA, /src="\/ita\/([^"]+)"/.exec(attrs!)![1]!)).length,
      0,
    );
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(1024);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('exports CSV that opens in Excel with Thai intact (UTF-8 with BOM)', () => {
    const bytes = readFileSync(join(distA, 'oit/2569/oit-2569.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    expect(text.split('\r\n')[0]).toContain('หัวข้อ');
    expect(text).toContain('การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร');
    expect(text).not.toContain('\uFFFD');
  });
});

describe('OIT answer sheet: page, CSV and JSON agree', () => {
  type Item = {
    code: string;
    title: string;
    coversYear: number;
    indicator: number;
    hasContent: boolean;
    answers: { url: string }[];
  };
  const sheet = (year: number) =>
    JSON.parse(readFileSync(join(distA, `oit/${year}/oit-${year}.json`), 'utf8')) as { items: Item[] };
  const decode = (text: string) =>
    text
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"');
  const thaiToArabic = (text: string) => text.replace(/[๐-๙]/g, (c) => String(c.charCodeAt(0) - 0x0e50));

  for (const year of [2568, 2569, 2570]) {
    it(`${year}: every item's code, period, status and URLs are the same on the page, in the CSV and in the JSON`, () => {
      const { items } = sheet(year);
      const html = stripThaiBreaks(readFileSync(join(distA, `oit/${year}/index.html`), 'utf8'));
      const blocks = html.split('<li class="oit-item').slice(1);
      const page = blocks.map((block) => ({
        code: /id="(o\d+)"/.exec(block)![1]!.toUpperCase(),
        coversYear: Number(thaiToArabic(/ข้อมูลของปีงบประมาณ ([๐-๙0-9]{4})/.exec(block)![1]!)),
        hasContent: !block.includes('ยังไม่มีข้อมูล'),
        urls: [...block.matchAll(/<p class="oit-url"[^>]*><a href="([^"]+)"/g)].map((m) => decode(m[1]!)),
      }));
      expect(page).toEqual(
        items.map((i) => ({
          code: i.code,
          coversYear: i.coversYear,
          hasContent: i.hasContent,
          urls: i.answers.map((a) => a.url),
        })),
      );

      const csv = readFileSync(join(distA, `oit/${year}/oit-${year}.csv`), 'utf8').slice(1);
      const rows = parseCsv(csv).slice(1);
      expect(rows.map((r) => r[0])).toEqual(items.map((i) => i.code));
      for (const [index, item] of items.entries()) {
        const [code, title, first, rest, , , status, indicator, covers] = rows[index]!;
        expect({ code, title, indicator: Number(indicator), coversYear: Number(covers) }).toEqual({
          code: item.code,
          title: item.title,
          indicator: item.indicator,
          coversYear: item.coversYear,
        });
        expect(status).toBe(item.hasContent ? 'มีข้อมูล' : 'ยังไม่มีข้อมูล');
        const urls = item.answers.map((a) => a.url);
        expect([first, ...(rest ? rest.split('\n') : [])]).toEqual(urls.length ? urls : ['ยังไม่มีข้อมูล']);
      }

      // The completeness summary above the list counts the same rows, per indicator.
      for (const indicator of [9, 10]) {
        const of = items.filter((i) => i.indicator === indicator);
        const cell = new RegExp(`data-indicator="${indicator}" data-answered="(\\d+)" data-total="(\\d+)"`).exec(html)!;
        expect([Number(cell[1]), Number(cell[2])], `${year} indicator ${indicator}`).toEqual([
          of.filter((i) => i.hasContent).length,
          of.length,
        ]);
      }
    });
  }

  it('2570 lists the 26 items of its provisional framework and says so above the list; 2569 does not', () => {
    expect(sheet(2570).items).toHaveLength(26);
    expect(stripThaiBreaks(readFileSync(join(distA, 'oit/2570/index.html'), 'utf8'))).toContain(
      'รายการข้อของปีนี้เป็นฉบับชั่วคราว',
    );
    expect(stripThaiBreaks(readFileSync(join(distA, 'oit/2569/index.html'), 'utf8'))).not.toContain('ฉบับชั่วคราว');
  });

  it('every 2569 item page is at most three clicks from the home page', () => {
    const base = '/ita/';
    const linksOf = (path: string): string[] => {
      const file = join(distA, path, 'index.html');
      if (!existsSync(file)) return [];
      // The answer sheet gives full addresses (they are pasted into ITAS); the rest of the site links by path.
      return [
        ...readFileSync(file, 'utf8').matchAll(
          /href="(?:https:\/\/www\.nongtuayang\.example\.go\.th)?(\/ita\/[^"#?]*\/)"/g,
        ),
      ].map((m) => m[1]!.slice(base.length));
    };
    const depth = new Map<string, number>([['', 0]]);
    let frontier = [''];
    for (let click = 1; click <= 3; click++) {
      frontier = frontier.flatMap(linksOf).filter((p) => !depth.has(p) && depth.set(p, click));
    }
    const itemPages = listFiles(join(distA, 'oit/2569'))
      .filter((f) => /^o\d+\/index\.html$/.test(f))
      .map((f) => `oit/2569/${f.replace('index.html', '')}`);
    expect(itemPages).toHaveLength(21);
    for (const page of itemPages) expect(depth.get(page), page).toBeLessThanOrEqual(3);
  });

  it('staff-only text never reaches the public site: the framework note and confirmed: false are on no page, CSV or JSON', () => {
    const note = 'ตรวจสอบก่อนกรอก ITAS ว่าแนบรายงานวิเคราะห์ผล';
    expect(readFileSync(join(roots[0]!, 'content/frameworks/2569.yaml'), 'utf8')).toContain(note);
    const hits = listFiles(distA).filter((f) => {
      const text = readAsText(join(distA, f));
      return text.includes(note) || text.includes('"confirmed"') || text.includes('ยังไม่ได้ยืนยันจากคู่มือ');
    });
    expect(hits).toEqual([]);
  });
});

/** RFC 4180 CSV as the answer sheet writes it (quoted cells may hold commas and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('the current fiscal year', () => {
  it('comes from the date in Bangkok: on 2026-12-03 the home page leads with 2570, not the newest year of the content', () => {
    const home = stripThaiBreaks(readFileSync(join(distA, 'index.html'), 'utf8'));
    expect(home).toMatch(/<h2 id="glance-title"[^>]*>ภาพรวมปีงบประมาณปัจจุบัน ๒๕๗๐<\/h2>/);
    expect(home).toContain('ยังไม่ได้เผยแพร่มาตรการของปีงบประมาณ ๒๕๗๐');
    // The newest report that exists stays one click away.
    expect(home).toMatch(/href="[^"]*\/2569\/"[^>]*>อ่านรายงานปีงบประมาณ ๒๕๖๙/);
  });
});
