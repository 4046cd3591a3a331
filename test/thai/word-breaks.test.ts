import { describe, expect, it } from 'vitest';
import { markThaiBreaks, markTextBreaks } from '@/build/thai-breaks/mark-thai-breaks';
import { loadThaiDictionary } from '@/lib/thai/thai-dictionary';
import { findClusterEnds, findThaiBreaks, splitThaiWords } from '@/lib/thai/word-breaks';

const strip = (html: string): string => html.replace(/<\/?th-w>|<wbr>/g, '');

describe('Thai word breaks', () => {
  it('keeps the words the browser splits whole (issue #18: กล่า⏎ว, จอแส⏎ดงผล, ธร⏎รมาภิบาล, ทุกร⏎อบ, งบ⏎ประมาณ, ผู้รับผิด⏎ชอบ)', () => {
    expect(splitThaiWords('กล่าวอวยพร')).toEqual(['กล่าว', 'อวยพร']);
    for (const word of ['จอแสดงผล', 'ธรรมาภิบาล', 'ทุกรอบ', 'งบประมาณ', 'ผู้รับผิดชอบ'])
      expect(splitThaiWords(word)).toEqual([word]);
  });

  it('breaks between the words of a sentence', () => {
    expect(splitThaiWords('เจ้าหน้าที่ผู้รับผิดชอบเผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงานเป็นประจำทุกเดือน')).toEqual([
      'เจ้าหน้าที่',
      'ผู้รับผิดชอบ',
      'เผยแพร่',
      'ข้อมูล',
      'บน',
      'เว็บไซต์',
      'ของ',
      'หน่วยงาน',
      'เป็น',
      'ประจำ',
      'ทุก',
      'เดือน',
    ]);
  });

  it('offers no break where two readings disagree (ตาก|ลม or ตา|กลม), nor next to a word it does not know', () => {
    expect(findThaiBreaks('ตากลม')).toEqual([]);
    // "ฆฌฎ" is not a word: no break inside it or at its edges.
    expect(splitThaiWords('ประชาชนฆฌฎ')).toEqual(['ประชาชนฆฌฎ']);
  });

  it('never breaks before a mark or following vowel, nor after a leading vowel', () => {
    const ends = findClusterEnds('เก่งกาจ');
    expect([1, 2].map((i) => ends[i])).toEqual([false, false]);
    expect(ends[4]).toBe(true);
    expect(findClusterEnds('กำลัง')[1]).toBe(false);
  });

  it('reads the project word list as well as the general dictionary', () => {
    expect(loadThaiDictionary().size).toBeGreaterThan(20_000);
  });
});

describe('break marks in built pages', () => {
  it('wraps each Thai word of more than one syllable and each number with its dots, and puts <wbr> between words', () => {
    expect(markTextBreaks('ข้อ ๑๐.๑ รายงานผล')).toBe('<th-w>ข้อ ๑๐.๑</th-w> <th-w>รายงาน</th-w><wbr><th-w>ผล</th-w>');
    expect(markTextBreaks('รายงาน ผล')).toBe('<th-w>รายงาน</th-w> <th-w>ผล</th-w>');
  });

  it('keeps a counting word with its number (no lone ปี at a line end), but not the end of a longer word', () => {
    expect(markTextBreaks('(No Gift Policy) ปี ๒๕๖๙')).toBe('(No Gift Policy) <th-w>ปี ๒๕๖๙</th-w>');
    expect(markTextBreaks('พ.ศ. ๒๕๖๘ รอบ ๖ เดือน')).toContain('<th-w>พ.ศ. ๒๕๖๘</th-w> <th-w>รอบ ๖</th-w>');
    expect(markTextBreaks('ตัวชี้วัดที่ ๓')).toContain('<th-w>ที่ ๓</th-w>');
    expect(markTextBreaks('หน้าที่ ๓')).not.toContain('<th-w>ที่ ๓</th-w>');
    expect(strip(markThaiBreaks('<p>ปี ๒๕๖๙ และ&nbsp;ข้อ 2</p>'))).toBe('<p>ปี ๒๕๖๙ และ&nbsp;ข้อ 2</p>');
  });

  it('changes no character of the text: copying it and searching it see the same words', () => {
    const html = '<p>ผู้รับผิดชอบ &amp; งบประมาณ 1,250.50 บาท&nbsp;ต่อปี &lt;ไม่รวม&gt;</p>';
    expect(strip(markThaiBreaks(html))).toBe(html);
  });

  it('leaves the head, attributes, scripts, code and form options alone', () => {
    const html =
      '<html><head><title>งบประมาณ</title><meta name="description" content="งบประมาณ"></head><body><p title="งบประมาณ">ก</p><script>"งบประมาณ"</script><code>งบประมาณ</code><select><option>งบประมาณ</option></select></body></html>';
    expect(markThaiBreaks(html)).toBe(html);
  });
});
