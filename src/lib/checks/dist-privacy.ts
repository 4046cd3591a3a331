import { findThaiIds } from '@/lib/privacy/thai-id';
import { isPublished } from '@/lib/content/entry-id';
import { normaliseAllowed } from '@/lib/privacy/scan-text';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import type { ValidatedContent } from '@/lib/validate/validate-content';
import { snapshotDist, type DistSnapshot } from './dist-files';
import type { CheckOutcome } from './outcome';

/**
 * Scans the built site's text — pages, feeds, sitemap, the answer sheet and
 * Pagefind's decompressed index — for national ID numbers, in case one slipped
 * in through a path the content scan does not see (a component, a data file).
 * Only values an entry's privacyOverride allows may appear.
 */
export function checkDistPrivacy(
  dir: string,
  content: ValidatedContent,
  dist: DistSnapshot = snapshotDist(dir),
): CheckOutcome {
  const allowed = new Set(
    [...content.measures, ...content.announcements]
      .filter(isPublished)
      .flatMap((e) => e.data.privacyOverride?.allow ?? [])
      .map(normaliseAllowed),
  );
  const problems: Problem[] = [];
  let scanned = 0;
  // Scripts and styles are code we ship, not content; their long numeric constants are not people.
  for (const file of dist.files.filter((f) => !/\.(?:m?js|css)$/.test(f))) {
    const text = dist.text(file);
    if (text === undefined) continue;
    scanned++;
    for (const id of findThaiIds(text)) {
      if (allowed.has(id.digits)) continue;
      problems.push(
        problem('error', `dist/${file}`, undefined, {
          th: `พบเลขประจำตัวประชาชน (ลงท้าย ${id.digits.slice(-4)}) ในเว็บไซต์ที่สร้างแล้ว ยังไม่ได้เผยแพร่ ให้ค้นหาว่ามาจากเนื้อหาใดแล้วลบออก`,
          en: `a national ID number (ending ${id.digits.slice(-4)}) is in the built site; nothing was published: find which content it comes from and remove it`,
        }),
      );
    }
  }
  return { name: 'dist-privacy', problems, stats: { filesScanned: scanned }, notes: [] };
}
