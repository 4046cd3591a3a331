import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { makeContent, measure, report } from '../support/content';
import { formatThaiId, makeSyntheticThaiId } from '../support/make-pdf';
import { checkDistPrivacy } from '@/lib/checks/dist-privacy';
import { checkDraftLeaks, listDraftMarkers } from '@/lib/checks/draft-leaks';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function dist(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ita-dist-'));
  dirs.push(dir);
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), body);
  }
  return dir;
}

const content = makeContent({
  measures: [
    ['2569/open.mdx', measure(2569, { title: 'เปิดเผยข้อมูลการจัดซื้อ' })],
    ['2569/secret-plan.mdx', measure(2569, { title: 'แผนทดลองที่ยังไม่อนุมัติ', draft: true })],
  ],
});

describe('checkDraftLeaks', () => {
  it('finds nothing in a site built only from published entries', () => {
    const dir = dist({ 'index.html': '<a href="/ita/2569/transparency/open/">เปิดเผยข้อมูลการจัดซื้อ</a>' });
    expect(checkDraftLeaks(dir, '/ita/', content).problems).toEqual([]);
  });

  it("finds a draft's title inside Pagefind's gzip fragments, its URL in the sitemap and its page folder", () => {
    const dir = dist({
      // Pagefind's fragments hold Thai cut into search units with zero-width spaces.
      'pagefind/fragment/th_1a2b.pf_fragment': gzipSync(
        Buffer.from('pagefind_dcd{"content":"แผน\u200bทดลอง\u200bที่\u200bยัง\u200bไม่\u200bอนุมัติ"}'),
      ),
      'sitemap.xml': '<loc>https://x.go.th/ita/2569/transparency/secret-plan/</loc>',
      '2569/transparency/secret-plan/index.html': '<p>…</p>',
    });
    const leaks = checkDraftLeaks(dir, '/ita/', content).problems.map((p) => `${p.file}: ${p.en}`);
    expect(leaks).toHaveLength(3);
    expect(leaks.join('\n')).toContain('its title appears in dist/pagefind/fragment/th_1a2b.pf_fragment');
    expect(leaks.join('\n')).toContain('its address (URL) appears in dist/sitemap.xml');
    expect(leaks.join('\n')).toContain('its file name appears in dist/2569/transparency/secret-plan/index.html');
  });

  it('finds a draft OIT item page by the place of its file, and not a published item whose code starts the same', () => {
    const withItem = {
      ...content,
      oitItems: [{ raw: { file: 'content/oit/2570/O2.mdx', entry: '2570/O2.mdx' }, data: { draft: true } }],
    } as unknown as typeof content;
    expect(listDraftMarkers(withItem).map((m) => m.path)).toContain('oit/2570/o2/');
    const dir = dist({ 'oit/2570/o2/index.html': '<p>…</p>', 'oit/2570/o20/index.html': '<p>…</p>' });
    expect(checkDraftLeaks(dir, '/ita/', withItem).problems.map((p) => p.en)).toEqual([
      expect.stringContaining('its file name appears in dist/oit/2570/o2/index.html'),
    ]);
  });

  it("finds a draft report round's page", () => {
    const withReport = makeContent({ reports: [['2569-12.yaml', report(2569, 12, { draft: true })]] });
    const dir = dist({
      '2569/round-12/index.html': '<p>…</p>',
      'index.html': '<a href="/ita/2569/round-12/">รอบ 12</a>',
    });
    expect(checkDraftLeaks(dir, '/ita/', withReport).problems.map((p) => p.file)).toEqual([
      'content/reports/2569-12.yaml',
      'content/reports/2569-12.yaml',
    ]);
  });
});

describe('checkDistPrivacy', () => {
  const id = makeSyntheticThaiId('140990055566');
  it('finds an ID number in built pages and compressed index, but not one an override allows', () => {
    const dir = dist({
      'a/index.html': `<p>${formatThaiId(id)}</p>`,
      'pagefind/x.pf_fragment': gzipSync(Buffer.from(`pagefind_dcd ${id}`)),
      'pagefind/pagefind.js': `const n=${id};`,
    });
    expect(checkDistPrivacy(dir, content).problems.map((p) => p.file)).toEqual([
      'dist/a/index.html',
      'dist/pagefind/x.pf_fragment',
    ]);
    const allowed = makeContent({
      measures: [
        [
          '2569/open.mdx',
          measure(2569, {
            privacyOverride: {
              allow: [formatThaiId(id)],
              reason: 'ประกาศผู้ชนะการเสนอราคาตามกฎหมายกำหนดให้เผยแพร่',
              approvedBy: 'ปลัด อบต.',
            },
          }),
        ],
      ],
    });
    expect(checkDistPrivacy(dir, allowed).problems).toEqual([]);
  });
});
