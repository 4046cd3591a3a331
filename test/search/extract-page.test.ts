import { describe, expect, it } from 'vitest';
import { extractPage } from '@/build/search/extract-page';

const html = `<!doctype html><html lang="TH"><head><title>ชื่อหน้า | อบต.</title><script>var x = 'สคริปต์'</script></head>
<body><nav>เมนู</nav><main data-page-kind="measure" data-fiscal-year="2568" data-issue="o1">
<div data-pagefind-body><h1>มาตรการ <span>ทดสอบ</span></h1><p>ข้อความ\u200bหนึ่ง
  ต่อ<b>บรรทัด</b></p><p hidden>ซ่อน</p><p data-pagefind-ignore="all">ไม่นับ</p><style>.a{}</style>
<ul><li>รายการ ๑</li><li aria-hidden="true">ไอคอน</li></ul></div></main><footer>ท้ายหน้า</footer></body></html>`;

describe('extractPage', () => {
  it('reads the visible text of the content region as weighted blocks', () => {
    const page = extractPage(html)!;
    expect(page.blocks).toEqual([
      { text: 'มาตรการ ทดสอบ', weight: 7 },
      { text: 'ข้อความหนึ่ง ต่อบรรทัด', weight: 1 },
      { text: 'รายการ ๑', weight: 1 },
    ]);
    expect(page.title).toBe('มาตรการ ทดสอบ');
    expect(page.lang).toBe('th');
    expect(page.mainData).toEqual({ 'page-kind': 'measure', 'fiscal-year': '2568', issue: 'o1' });
  });

  it('returns null for a page without a content region', () => {
    expect(extractPage('<html lang="th"><body><main><h1>ค้นหา</h1></main></body></html>')).toBeNull();
  });
});
