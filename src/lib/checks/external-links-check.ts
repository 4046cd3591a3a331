import type { ValidatedContent } from '@/lib/validate/validate-content';
import { isPublished } from '@/lib/content/entry-id';
import { problem } from '@/lib/diagnostics/problem';
import type { CheckConfig } from './config';
import { checkLinks, detectOffline, type ExternalLink } from './external-links';
import type { CheckOutcome } from './outcome';

const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/g;

/** External addresses named by published content: evidence links, addresses in the text, the organisation's own. */
export function collectExternalLinks(content: ValidatedContent): ExternalLink[] {
  const links: ExternalLink[] = [];
  const org = content.organisation;
  if (org) {
    links.push({ url: org.data.website, source: org.raw.file, field: 'website' });
    if (org.data.social.facebook)
      links.push({ url: org.data.social.facebook, source: org.raw.file, field: 'social.facebook' });
  }
  for (const { raw, data } of content.measures.filter(isPublished)) {
    data.evidence.links.forEach((l, i) =>
      links.push({ url: l.url, source: raw.file, field: `evidence.links[${i}].url` }),
    );
  }
  for (const { raw } of [...content.measures, ...content.announcements].filter(isPublished)) {
    for (const m of raw.body.matchAll(URL_IN_TEXT))
      links.push({ url: m[0].replace(/[.,;:]+$/, ''), source: raw.file, field: 'เนื้อหา / body' });
  }
  return links.filter((l) => URL.canParse(l.url));
}

/**
 * Checks external links concurrently. A dead link is a warning (the other
 * site may be down for a moment), an error only with `--strict`; with no
 * network (CI, `--offline`, no DNS) the check is skipped with a note.
 */
export async function checkExternalLinkContent(
  content: ValidatedContent,
  config: CheckConfig,
  options: { offline: boolean; strict: boolean; env?: NodeJS.ProcessEnv },
): Promise<CheckOutcome> {
  const links = collectExternalLinks(content);
  const urls = [...new Set(links.map((l) => l.url))];
  const skip = urls.length ? await detectOffline(urls, options) : undefined;
  if (skip) {
    return {
      name: 'external-links',
      problems: [],
      stats: { links: urls.length, checked: 0 },
      notes: [
        `ข้ามการตรวจลิงก์ภายนอก ${urls.length} ลิงก์: ${skip.split(' / ')[0]} / skipped checking ${urls.length} external link(s): ${skip.split(' / ')[1] ?? skip}`,
      ],
    };
  }
  const { timeoutSeconds, retries, concurrency } = config.externalLinks;
  const results = await checkLinks(urls, { timeoutMs: timeoutSeconds * 1000, retries, concurrency });
  const problems = results
    .filter((r) => !r.ok)
    .flatMap((r) =>
      links
        .filter((l) => l.url === r.url)
        .map((l) => {
          const why = r.status ? `HTTP ${r.status}` : (r.error ?? 'no answer');
          return problem(options.strict ? 'error' : 'warning', l.source, l.field, {
            th: `เปิดลิงก์ ${r.url} ไม่ได้ (${why} หลังลอง ${r.tries} ครั้ง) ตรวจว่าที่อยู่ถูกต้องหรือหน้านั้นยังอยู่`,
            en: `the link ${r.url} does not open (${why} after ${r.tries} tries): check the address or whether the page still exists`,
          });
        }),
    );
  return {
    name: 'external-links',
    problems,
    stats: { links: urls.length, checked: results.length, dead: results.filter((r) => !r.ok).length },
    notes: [],
  };
}
