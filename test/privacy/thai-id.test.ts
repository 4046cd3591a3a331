import { describe, expect, it } from 'vitest';
import { formatThaiId, makeSyntheticThaiId } from '../support/make-pdf';
import { toThaiDigits } from '@/lib/thai/numerals';
import { findThaiIds, isValidThaiId } from '@/lib/privacy/thai-id';

// Synthetic numbers: built from an arbitrary 12-digit prefix plus the computed check digit.
const id = makeSyntheticThaiId('310050012345');
const wrongCheck = id.slice(0, 12) + String((Number(id[12]) + 1) % 10);

describe('isValidThaiId', () => {
  it('accepts a number whose 13th digit is the check digit and rejects any other last digit', () => {
    expect(isValidThaiId(id)).toBe(true);
    expect(isValidThaiId(wrongCheck)).toBe(false);
    expect(isValidThaiId(id.slice(1))).toBe(false);
  });
});

describe('findThaiIds', () => {
  it.each([
    ['plain Arabic digits', `เลขประจำตัว ${id} ครับ`],
    ['dashes', `เลขประจำตัว ${formatThaiId(id)}`],
    ['spaces', `ID: ${formatThaiId(id, ' ')}`],
    ['Thai digits with dashes', `เลขประจำตัวประชาชน ${toThaiDigits(formatThaiId(id))}`],
    ['Thai digits run together', `เลข${toThaiDigits(id)}`],
    ['after a phone number on the same line', `โทร 044 123 456 ${formatThaiId(id, ' ')}`],
  ])('finds an ID written with %s', (_label, text) => {
    expect(findThaiIds(text).map((m) => m.digits)).toEqual([id]);
  });

  it('ignores a 13-digit number whose check digit is wrong', () => {
    expect(findThaiIds(`เลข ${formatThaiId(wrongCheck)}`)).toEqual([]);
  });

  it('raises no alarm on budget figures, dates, document numbers or long account numbers', () => {
    const text = [
      'งบประมาณ 1,250,000 บาท เบิกจ่าย ๑,๒๕๐,๐๐๐.๐๐ บาท',
      'วันที่ 2025-03-31 ถึง ๓๐ ก.ย. ๒๕๖๘ ระหว่าง 1 ต.ค. 2567 - 30 ก.ย. 2568',
      'ที่ มท ๐๘๐๘.๒/ว ๑๒๓๔ ลงวันที่ ๑๒ มีนาคม ๒๕๖๘ คำสั่งที่ 123/2568',
      `บัญชี ${id}9 และ 9${id}`,
      'ปี 2566 2567 2568 2569',
    ].join('\n');
    expect(findThaiIds(text)).toEqual([]);
  });
});
