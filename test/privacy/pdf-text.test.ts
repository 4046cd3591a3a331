import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatThaiId, makePdf, makeSyntheticThaiId } from '../support/make-pdf';
import { readPdf } from '@/lib/privacy/pdf-text';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ita/${name}`, import.meta.url));

describe('readPdf', () => {
  it('opens a Flate-compressed PDF and extracts its text', async () => {
    const id = makeSyntheticThaiId();
    const result = await readPdf(makePdf(['Minutes of the meeting', `Citizen ${formatThaiId(id)}`]));
    expect(result).toMatchObject({ ok: true, pages: 1 });
    expect(result.ok && result.text).toContain(formatThaiId(id));
  });

  it('names what is wrong with a damaged file', async () => {
    const pdf = makePdf(['Signed order']);
    expect(await readPdf(Buffer.from('PK\u0003\u0004 a renamed Word file'))).toMatchObject({
      ok: false,
      reason: 'not-pdf',
    });
    expect(await readPdf(pdf.subarray(0, pdf.length - 60))).toMatchObject({ ok: false, reason: 'no-xref' });
    const scrambled = Buffer.concat([pdf.subarray(0, 120), Buffer.alloc(300, 0x41), pdf.subarray(420)]);
    expect(await readPdf(scrambled)).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('tells a password-protected file from one that is only restricted', async () => {
    // Both fixtures were made with qpdf --encrypt (AES-256) from a makePdf() file.
    expect(await readPdf(fixture('password-protected.pdf'))).toMatchObject({ ok: false, reason: 'password' });
    expect(await readPdf(fixture('owner-encrypted.pdf'))).toMatchObject({ ok: false, reason: 'encrypted' });
  });
});
