import { describe, expect, it } from 'vitest';
import { formatThaiId, makeSyntheticThaiId } from '../support/make-pdf';
import { findContacts } from '@/lib/privacy/contacts';
import { scanTextForPersonalData } from '@/lib/privacy/scan-text';

const id = makeSyntheticThaiId('510020098765');
const allowance = { publicContacts: ['0 4412 3456', 'saraban@example.go.th'], allowed: [] };

describe('findContacts', () => {
  it('finds landline and mobile numbers in Arabic or Thai digits and +66 form', () => {
    const found = findContacts('โทร 02-123-4567 มือถือ ๐๘๑-๒๓๔-๕๖๗๘ หรือ +66 81 234 5679').map((c) => c.normalised);
    expect(found).toEqual(['021234567', '0812345678', '0812345679']);
  });

  it('does not read times, dates, amounts or document numbers as phones', () => {
    expect(findContacts('เวลา 08.30-16.30 น. วันที่ 2568-03-31 เงิน 150,000 บาท ที่ มท 0808.2/ว 1234')).toEqual([]);
  });
});

describe('scanTextForPersonalData', () => {
  it('reports an ID with its line, and a private phone and e-mail, but not the public contacts', () => {
    const text = `title: ทดสอบ\nติดต่อ 044-123-456 หรือ SARABAN@example.go.th\nผู้ร้อง ${formatThaiId(id)}\nโทร 081-234-5678 somchai.private@gmail.com`;
    expect(scanTextForPersonalData(text, allowance)).toEqual([
      { kind: 'national-id', text: formatThaiId(id), line: 3 },
      { kind: 'phone', text: '081-234-5678', line: 4 },
      { kind: 'email', text: 'somchai.private@gmail.com', line: 4 },
    ]);
  });

  it('lets through exactly the values an override allows, however they are spaced', () => {
    const text = `ผู้รับจ้าง ${formatThaiId(id, ' ')} โทร 081 234 5678`;
    expect(scanTextForPersonalData(text, { ...allowance, allowed: [id, '081-234-5678'] })).toEqual([]);
    expect(scanTextForPersonalData(text, { ...allowance, allowed: ['081-234-5678'] })).toHaveLength(1);
  });
});
