import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckOutcome } from '@/lib/checks/outcome';
import { problem } from '@/lib/diagnostics/problem';
import { asBuildStep } from './as-build-step';

/**
 * `.htaccess` and `_headers` name paths from the web root, which differ when
 * the site lives under a sub-path such as /ita/; rewrite them for the base so
 * the uploaded folder works as it is.
 */
export function adaptHostingFiles(outDir: string, base: string): CheckOutcome {
  const problems = [];
  const htaccess = join(outDir, '.htaccess');
  const headers = join(outDir, '_headers');
  for (const [file, name] of [
    [htaccess, '.htaccess'],
    [headers, '_headers'],
  ] as const) {
    if (!existsSync(file))
      problems.push(
        problem('error', `public/${name}`, undefined, {
          th: `ไม่พบไฟล์ public/${name} ซึ่งกำหนดความปลอดภัยของเว็บ`,
          en: `public/${name}, which sets the site's security headers, is missing`,
        }),
      );
  }
  if (problems.length) return { name: 'hosting-files', problems, stats: {}, notes: [] };
  writeFileSync(htaccess, rebaseHtaccess(readFileSync(htaccess, 'utf8'), base));
  writeFileSync(headers, rebaseHeaders(readFileSync(headers, 'utf8'), base));
  return { name: 'hosting-files', problems: [], stats: {}, notes: [] };
}

/** `ErrorDocument 404 /404.html` → `ErrorDocument 404 /ita/404.html`. */
export function rebaseHtaccess(text: string, base: string): string {
  return text.replace(
    /^(ErrorDocument\s+\d{3}\s+)\/(\S*)$/gm,
    (_m, head: string, path: string) => `${head}${base}${path}`,
  );
}

/** Path lines of `_headers` (`/_astro/*`) gain the base (`/ita/_astro/*`). */
export function rebaseHeaders(text: string, base: string): string {
  return text.replace(/^\/(\S*)$/gm, (_m, path: string) => `${base}${path}`);
}

export const hostingFilesStep = asBuildStep('ปรับไฟล์ตั้งค่าโฮสต์ / hosting files', (c) =>
  adaptHostingFiles(c.outDir, c.base),
);
