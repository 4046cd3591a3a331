import { parseOitItemPath } from '../../schemas/oit-item';
import { slugOf } from '../validate/cross-checks';
import { createProblem, type Problem } from '../validate/problem';
import type { ValidatedContent } from '../validate/validate-content';
import { listDistFiles, readDistText } from './dist-files';
import type { CheckOutcome } from './outcome';

/** What would betray a draft in the built site: its title and its URL path. */
export function listDraftMarkers(content: ValidatedContent): { source: string; title?: string; path: string }[] {
  const published = new Set([...content.measures, ...content.announcements, ...content.reports].filter((e) => !e.data.draft).map((e) => e.data.title));
  const markers: { source: string; title?: string; path: string }[] = [];
  for (const entry of content.measures) {
    if (!entry.data.draft) continue;
    const title = published.has(entry.data.title) ? undefined : entry.data.title;
    markers.push({ source: entry.raw.file, ...(title ? { title } : {}), path: `${entry.data.fiscalYear}/${entry.data.issue}/${slugOf(entry)}/` });
  }
  for (const entry of content.announcements) {
    if (!entry.data.draft) continue;
    const title = published.has(entry.data.title) ? undefined : entry.data.title;
    markers.push({ source: entry.raw.file, ...(title ? { title } : {}), path: `announcements/${slugOf(entry)}/` });
  }
  for (const { raw, data } of content.reports) {
    if (data.draft) markers.push({ source: raw.file, ...(published.has(data.title) ? {} : { title: data.title }), path: `${data.fiscalYear}/round-${data.round}/` });
  }
  for (const { raw, data } of content.oitItems ?? []) {
    // The item's title is on the answer sheet anyway, so only the page's address betrays a draft.
    const place = parseOitItemPath(raw.entry);
    if (data.draft && place) markers.push({ source: raw.file, path: `oit/${place.fiscalYear}/${place.code.toLowerCase()}/` });
  }
  for (const { raw, data } of content.assessments) {
    if (data.draft) markers.push({ source: raw.file, path: `assessment/${data.fiscalYear}/` });
  }
  return markers;
}

/**
 * A last line of defence behind `isPublished`: scans every file of the built
 * site — Pagefind's compressed index included — for the title or URL of any
 * draft. A hit stops the build before dist/ is replaced.
 */
export function checkDraftLeaks(dir: string, base: string, content: ValidatedContent): CheckOutcome {
  const markers = listDraftMarkers(content);
  const problems: Problem[] = [];
  const files = listDistFiles(dir);
  let scanned = 0;
  for (const file of files) {
    for (const marker of markers) {
      if (namesPath(file, marker.path)) problems.push(leak(marker.source, file, `ชื่อไฟล์ / file name`));
    }
    const text = markers.length ? readDistText(dir, file) : undefined;
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
  return createProblem('error', source, 'draft', `เรื่องนี้เป็นฉบับร่าง (draft: true) แต่${th}ของเรื่องปรากฏใน dist/${file} ต้องไม่เผยแพร่ที่ใดเลย (เป็นข้อบกพร่องของโปรแกรม โปรดแจ้งผู้ดูแล) / this entry is a draft (draft: true) but its ${en} appears in dist/${file}; drafts must appear nowhere (a bug in the generator: please report it)`);
}
