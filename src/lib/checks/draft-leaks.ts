import { isPublished, slugOf } from '@/lib/content/entry-id';
import { ENTRY_PAGES } from '@/lib/site/pages';
import type { ParsedEntry } from '@/lib/validate/parse-entries';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import type { ValidatedContent } from '@/lib/validate/validate-content';
import { snapshotDist, type DistSnapshot } from './dist-files';
import type { CheckOutcome } from './outcome';

/** What would betray a draft in the built site: its title and its URL path (from the page table's entry pages). */
export function listDraftMarkers(content: ValidatedContent): { source: string; title?: string; path: string }[] {
  const published = new Set(
    [...content.measures, ...content.announcements, ...content.reports].filter(isPublished).map((e) => e.data.title),
  );
  const markers: { source: string; title?: string; path: string }[] = [];
  for (const [collection, page] of Object.entries(ENTRY_PAGES) as [
    keyof typeof ENTRY_PAGES,
    (typeof ENTRY_PAGES)[keyof typeof ENTRY_PAGES],
  ][]) {
    for (const entry of (content[collection] ?? []) as ParsedEntry<{
      draft?: boolean;
      title?: string;
      slug?: string;
    }>[]) {
      if (isPublished(entry)) continue;
      const title =
        page.ownTitle && entry.data.title && !published.has(entry.data.title) ? entry.data.title : undefined;
      const path = (page.path as (data: unknown, slug: string, file: string) => string | undefined)(
        entry.data,
        slugOf(entry),
        entry.raw.entry,
      );
      if (path !== undefined) markers.push({ source: entry.raw.file, ...(title ? { title } : {}), path });
    }
  }
  return markers;
}

/**
 * A last line of defence behind `isPublished`: scans every file of the built
 * site — Pagefind's compressed index included — for the title or URL of any
 * draft. A hit stops the build before dist/ is replaced.
 */
export function checkDraftLeaks(
  dir: string,
  base: string,
  content: ValidatedContent,
  dist: DistSnapshot = snapshotDist(dir),
): CheckOutcome {
  const markers = listDraftMarkers(content);
  const problems: Problem[] = [];
  const files = dist.files;
  let scanned = 0;
  for (const file of files) {
    for (const marker of markers) {
      if (namesPath(file, marker.path)) problems.push(leak(marker.source, file, `ชื่อไฟล์ / file name`));
    }
    const text = markers.length ? dist.text(file) : undefined;
    if (text === undefined) continue;
    scanned++;
    for (const marker of markers) {
      if (marker.title && text.includes(marker.title)) problems.push(leak(marker.source, file, 'ชื่อเรื่อง / title'));
      if (text.includes(`${base}${marker.path}`)) problems.push(leak(marker.source, file, 'ที่อยู่ (URL) / address (URL)'));
    }
  }
  return { name: 'draft-leaks', problems, stats: { drafts: markers.length, filesScanned: scanned }, notes: [] };
}

/** `oit/2569/o1/` names `oit/2569/o1/index.html` and `og/oit/2569/o1.png`, not `oit/2569/o10/index.html`. */
function namesPath(file: string, path: string): boolean {
  const stem = path.replace(/\/$/, '');
  for (let at = file.indexOf(stem); at >= 0; at = file.indexOf(stem, at + 1)) {
    if (!/[a-z0-9-]/.test(file.charAt(at + stem.length))) return true;
  }
  return false;
}

function leak(source: string, file: string, what: string): Problem {
  const [th, en] = what.split(' / ');
  return problem('error', source, 'draft', {
    th: `เรื่องนี้เป็นฉบับร่าง (draft: true) แต่${th}ของเรื่องปรากฏใน dist/${file} ต้องไม่เผยแพร่ที่ใดเลย (เป็นข้อบกพร่องของโปรแกรม โปรดแจ้งผู้ดูแล)`,
    en: `this entry is a draft (draft: true) but its ${en} appears in dist/${file}; drafts must appear nowhere (a bug in the generator: please report it)`,
  });
}
