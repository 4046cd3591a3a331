import { describe, expect, it } from 'vitest';
import { linkSchema } from '@/schemas/evidence';
import { organisationSchema } from '@/schemas/organisation';

// A javascript: address in a link field was published as a live link.
describe('link fields', () => {
  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.go.th/a.pdf',
    'vbscript:msgbox(1)',
  ]) {
    it(`refuse ${url}`, () => {
      const result = linkSchema.safeParse({ url, title: 'โพสต์' });
      expect(result.success).toBe(false);
      const message = result.error!.issues[0]!.message;
      expect(message).toContain('https://');
      expect(message).toMatch(/ \/ must be/);
    });
  }
  for (const url of [
    'https://www.facebook.com/example/posts/1',
    'http://example.go.th/',
    'mailto:saraban@example.go.th',
    'tel:+6621234567',
  ]) {
    it(`accept ${url}`, () => expect(linkSchema.safeParse({ url, title: 'ช่องทาง' }).success).toBe(true));
  }
});

describe('organisation addresses', () => {
  it('say in Thai and English what a malformed publicUrl should look like', () => {
    const shape = organisationSchema.shape as Record<
      string,
      { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }
    >;
    for (const bad of ['www.example.go.th/ita', 'javascript:alert(1)']) {
      const result = shape.publicUrl!.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/ต้องเป็น.* \/ must be a full web address/);
    }
    expect(shape.publicUrl!.safeParse('https://www.example.go.th/ita/').success).toBe(true);
  });
});

describe('the link message', () => {
  it('splits into whole Thai and English halves', async () => {
    const { splitBilingual } = await import('@/lib/validate/problem');
    const message = linkSchema.safeParse({ url: 'javascript:alert(1)', title: 'x' }).error!.issues[0]!.message;
    const [th, en] = splitBilingual(message);
    expect(th).toContain('ห้ามใช้ javascript:');
    expect(en).toMatch(/^must be a full web address.*javascript:, data:/);
  });
});
