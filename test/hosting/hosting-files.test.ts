import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebaseHeaders, rebaseHtaccess } from '@/build/checks/hosting-files';
import { projectRoot } from '../support/temp-project';

const htaccess = readFileSync(join(projectRoot, 'public/.htaccess'), 'utf8');
const headers = readFileSync(join(projectRoot, 'public/_headers'), 'utf8');
const policyIn = (text: string) => /Content-Security-Policy:?\s+"?([^"\n]+)"?/.exec(text)?.[1]?.trim();

describe('hosting files', () => {
  it('carry one and the same Content-Security-Policy, allowing WebAssembly but no inline code', () => {
    const policy = policyIn(headers);
    expect(policy).toBeDefined();
    expect(policyIn(htaccess)).toBe(policy);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
  });

  it('set HSTS, nosniff, a referrer policy and year-long caching of hashed assets in both', () => {
    for (const text of [htaccess, headers]) {
      expect(text).toMatch(/Strict-Transport-Security:?\s+"?max-age=31536000/);
      expect(text).toMatch(/X-Content-Type-Options:?\s+"?nosniff/);
      expect(text).toMatch(/Referrer-Policy:?\s+"?strict-origin-when-cross-origin/);
      expect(text).toContain('max-age=31536000, immutable');
    }
    expect(htaccess).toContain('AddType application/wasm .wasm');
  });

  it('are rewritten for a sub-path', () => {
    expect(rebaseHtaccess(htaccess, '/ita/')).toContain('ErrorDocument 404 /ita/404.html');
    const rebased = rebaseHeaders(headers, '/ita/');
    expect(rebased).toMatch(/^\/ita\/\*$/m);
    expect(rebased).toMatch(/^\/ita\/_astro\/\*$/m);
    expect(rebaseHeaders(headers, '/')).toBe(headers);
  });
});
