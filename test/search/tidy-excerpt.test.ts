import { describe, expect, it } from 'vitest';
import { tidyExcerpt } from '@/lib/search/tidy-excerpt';

describe('tidyExcerpt', () => {
  it('drops a word broken by the cut at either end, keeping the marks', () => {
    const cut = '…ดทำแผนการบริหาร<mark>งบประมาณ</mark>ประจำปีและเผยแพ…';
    const tidy = tidyExcerpt(cut);
    expect(tidy.startsWith('…ทำแผน')).toBe(true);
    expect(tidy).toContain('<mark>งบประมาณ</mark>');
    expect(tidy.endsWith('ประจำปีและเผย…')).toBe(true);
  });

  it('leaves an excerpt alone where nothing was cut, or where the cut falls at a space', () => {
    expect(tidyExcerpt('<mark>ของขวัญ</mark>และของกำนัล')).toBe('<mark>ของขวัญ</mark>และของกำนัล');
    expect(tidyExcerpt('… ผู้บริหาร<mark>ของขวัญ</mark>')).toBe('… ผู้บริหาร<mark>ของขวัญ</mark>');
    expect(tidyExcerpt('…<mark>ของขวัญ</mark> ทุกชนิด …')).toBe('…<mark>ของขวัญ</mark> ทุกชนิด …');
  });
});
