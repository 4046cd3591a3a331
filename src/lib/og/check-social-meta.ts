import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildContext } from '@/build/steps';
import { snapshotDist, type DistSnapshot } from '@/lib/checks/dist-files';
import type { CheckOutcome } from '@/lib/checks/outcome';
import { problem, type Problem } from '@/lib/diagnostics/problem';

/**
 * Checks the rendered site: every page names a social card, and the card it
 * names is in the output under the site's address. A page without the meta
 * is only reported; a card link that would be broken once published stops the build.
 */
export function checkSocialMeta(
  context: Pick<BuildContext, 'outDir' | 'site' | 'base'>,
  dist: DistSnapshot = snapshotDist(context.outDir),
): Problem[] {
  const prefix = `${context.site}${context.base}`;
  const problems: Problem[] = [];
  for (const page of dist.files.filter((f) => f.endsWith('.html'))) {
    const image = /<meta property="og:image" content="([^"]*)"/
      .exec(dist.text(page) ?? '')?.[1]
      ?.replace(/&amp;/g, '&');
    if (image === undefined) {
      problems.push(
        problem('warning', page, 'og:image', {
          th: 'หน้านี้ไม่มีภาพการ์ดสำหรับแชร์ ให้หน้าใช้เลย์เอาต์ที่มี SocialMeta',
          en: 'this page has no social card meta; render it with a layout that includes SocialMeta',
        }),
      );
      continue;
    }
    const inside = image.startsWith(prefix) ? image.slice(prefix.length) : undefined;
    if (inside === undefined || !existsSync(join(context.outDir, decodeURI(inside)))) {
      problems.push(
        problem('error', page, 'og:image', {
          th: `ภาพการ์ด ${image} ไม่มีอยู่ในเว็บไซต์ที่สร้าง (ต้องอยู่ใต้ ${prefix}og/)`,
          en: `the card image ${image} is not in the built site (expected under ${prefix}og/)`,
        }),
      );
    }
  }
  return problems;
}

/** The same as a check with its figures, for the check registry. */
export function checkSocialMetaOutcome(
  context: Pick<BuildContext, 'outDir' | 'site' | 'base'>,
  dist: DistSnapshot = snapshotDist(context.outDir),
): CheckOutcome {
  return {
    name: 'social-meta',
    problems: checkSocialMeta(context, dist),
    stats: { pages: dist.files.filter((f) => f.endsWith('.html')).length },
    notes: [],
  };
}
