import { describe, expect, it } from 'vitest';
import { insertWordBreaks, segmentThaiWords } from '@/lib/thai/segment';

const ZWSP = '\u200B';
const SAMPLES = [
  'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  'เจ้าหน้าที่ผู้รับผิดชอบเผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงานเป็นประจำทุกเดือน',
  'ประชาชนแจ้งเรื่องร้องเรียนผ่านระบบ e-Service ได้ตลอด ๒๔ ชั่วโมง',
  'แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ.๒๕๖๘ งบประมาณ 1,250,000.50 บาท',
  'เด็กๆ ไปโรงเรียนทุกวัน ฯลฯ น้ำใจไมตรี กรรมการ ผู้ใหญ่บ้าน',
];

describe('segmentThaiWords', () => {
  it('returns the words without spaces or punctuation', () => {
    const words = segmentThaiWords('ผลการดำเนินการ (ITA) ปี ๒๕๖๘');
    expect(words).toEqual(['ผล', 'การ', 'ดำเนิน', 'การ', 'ITA', 'ปี', '๒๕๖๘']);
  });

  it('loses no letters', () => {
    for (const text of SAMPLES) {
      const lettersOf = (value: string) => value.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
      expect(lettersOf(segmentThaiWords(text).join(''))).toBe(lettersOf(text));
    }
  });
});

describe('insertWordBreaks', () => {
  it('breaks between Thai words', () => {
    expect(insertWordBreaks('ผลการดำเนินการ', '|')).toBe('ผล|การ|ดำเนิน|การ');
    expect(insertWordBreaks('ผลการดำเนินการ')).toBe(`ผล${ZWSP}การ${ZWSP}ดำเนิน${ZWSP}การ`);
  });

  it('gives back the original text when the separators are removed', () => {
    for (const text of SAMPLES) expect(insertWordBreaks(text).replaceAll(ZWSP, '')).toBe(text);
  });

  it('does not touch Latin words, numbers, or spaces', () => {
    const broken = insertWordBreaks('ระบบ e-planNACC ปี 2568 เงิน 1,250,000.50 บาท พ.ศ.๒๕๖๘', '|');
    for (const kept of ['e-planNACC', '2568', '1,250,000.50', 'พ.ศ.๒๕๖๘']) expect(broken).toContain(kept);
    expect(broken).not.toMatch(/\s\||\|\s/);
    expect(insertWordBreaks('ITA 2568 OIT', '|')).toBe('ITA 2568 OIT');
    expect(insertWordBreaks('')).toBe('');
  });

  it('never splits a grapheme cluster or strands a vowel', () => {
    const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
    for (const text of SAMPLES) {
      const broken = insertWordBreaks(text, '|');
      const starts = new Set([...graphemes.segment(text)].map((part) => part.index));
      let offset = 0;
      for (let index = 0; index < broken.length; index += 1) {
        if (broken[index] !== '|') continue;
        const original = index - offset;
        offset += 1;
        expect(starts.has(original), `break at ${original} in ${text}`).toBe(true);
        expect(text.charAt(original)).not.toMatch(/[\p{M}\u0e2f\u0e30\u0e32\u0e33\u0e45\u0e46]/u);
        expect(text.charAt(original - 1)).not.toMatch(/[\u0e40-\u0e44]/u);
      }
      expect(broken.split('|').length).toBeGreaterThan(2);
    }
  });

  it('keeps the repetition mark with its word', () => {
    expect(insertWordBreaks('เด็กๆ', '|')).not.toContain('|ๆ');
  });
});
