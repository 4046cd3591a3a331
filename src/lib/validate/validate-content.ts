import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkConfigSchema } from '@/lib/checks/config';
import { COLLECTIONS } from '@/lib/content/collections';
import { listAllEvidenceReferences } from '@/lib/content/evidence-refs';
import type { Announcement } from '@/schemas/announcement';
import type { Assessment } from '@/schemas/assessment';
import type { Framework } from '@/schemas/framework';
import type { Measure } from '@/schemas/measure';
import type { OitItemPage } from '@/schemas/oit-item';
import type { Organisation } from '@/schemas/organisation';
import type { ReportRoundEntry } from '@/schemas/report-round';
import { checkMdxBody } from './check-mdx-body';
import { checkContentFileNames } from './file-names';
import {
  checkAnnouncements,
  checkAssessments,
  checkEvidenceFilesExist,
  checkFrameworks,
  checkMeasures,
  checkReports,
} from './cross-checks';
import { checkFrameworkYears, checkOitItemPages } from './oit-item-checks';
import { parseCollection, type ParsedEntry } from './parse-entries';
import { problem, type Problem } from '@/lib/diagnostics/problem';

/** Everything under `content/` after validation, for checks that run before and after the build. */
export interface ValidatedContent {
  organisation?: ParsedEntry<Organisation>;
  frameworks: ParsedEntry<Framework>[];
  measures: ParsedEntry<Measure>[];
  announcements: ParsedEntry<Announcement>[];
  assessments: ParsedEntry<Assessment>[];
  reports: ParsedEntry<ReportRoundEntry>[];
  /** OIT item pages, `content/oit/<year>/<code>.mdx`. */
  oitItems?: ParsedEntry<OitItemPage>[];
}

export interface ValidationResult {
  content: ValidatedContent;
  problems: Problem[];
}

/**
 * Validates all content the way the build will read it, and every rule that
 * spans entries (issue codes, fiscal-year folders, unique slugs, evidence
 * files). Returns every problem at once so a person can fix them in one pass.
 */
export function validateContent(root: string): ValidationResult {
  const problems: Problem[] = [];
  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) {
    problems.push(
      problem('error', 'content', undefined, { th: 'ไม่พบโฟลเดอร์ content', en: 'the content folder is missing' }),
    );
  }
  problems.push(...checkContentFileNames(root));
  const organisations = parseCollection(root, COLLECTIONS.organisation, problems);
  if (
    existsSync(contentDir) &&
    organisations.length === 0 &&
    !problems.some((p) => p.file.startsWith('content/organisation'))
  ) {
    problems.push(
      problem('error', 'content/organisation.yaml', undefined, {
        th: 'ไม่พบไฟล์ข้อมูลหน่วยงาน content/organisation.yaml',
        en: 'the organisation file content/organisation.yaml is missing',
      }),
    );
  }
  // content/checks.yaml is read by later steps, which could only throw; its mistakes are reported here with the rest.
  parseCollection(root, { folder: '', pattern: 'checks.yaml', schema: checkConfigSchema }, problems);
  const content: ValidatedContent = {
    ...(organisations[0] ? { organisation: organisations[0] } : {}),
    frameworks: parseCollection(root, COLLECTIONS.frameworks, problems),
    measures: parseCollection(root, COLLECTIONS.measures, problems),
    announcements: parseCollection(root, COLLECTIONS.announcements, problems),
    assessments: parseCollection(root, COLLECTIONS.assessments, problems),
    reports: parseCollection(root, COLLECTIONS.reports, problems),
    oitItems: parseCollection(root, COLLECTIONS.oitItems, problems),
  };
  const evidenceDir = join(contentDir, 'evidence');
  const logo = content.organisation?.data.logo;
  if (content.organisation && logo && !isDirectlyInContent(logo)) {
    problems.push(
      problem('error', content.organisation.raw.file, 'logo', {
        th: `โลโก้ต้องเป็นไฟล์ที่วางไว้ในโฟลเดอร์ content/ โดยตรง แต่ระบุไว้เป็น "${logo}" ซึ่งอยู่${logo.includes('..') || logo.startsWith('/') ? 'นอกโฟลเดอร์ content/' : 'ในโฟลเดอร์ย่อย'} ให้คัดลอกไฟล์โลโก้มาไว้ที่ content/ แล้วเขียนเพียงชื่อไฟล์ เช่น logo: logo.svg`,
        en: `the logo must be a file placed directly in content/, but it is given as "${logo}", which is ${logo.includes('..') || logo.startsWith('/') ? 'outside content/' : 'in a sub-folder'}: copy the logo into content/ and write only its name, e.g. logo: logo.svg`,
      }),
    );
  } else if (content.organisation && !existsSync(join(contentDir, content.organisation.data.logo))) {
    problems.push(
      problem('error', content.organisation.raw.file, 'logo', {
        th: `ไม่พบไฟล์โลโก้ content/${content.organisation.data.logo}`,
        en: `the logo file content/${content.organisation.data.logo} does not exist`,
      }),
    );
  }
  for (const { raw } of [...content.measures, ...content.announcements])
    problems.push(...checkMdxBody(raw.file, raw.body, raw.bodyLine ?? 1));
  checkFrameworks(content.frameworks, problems);
  checkMeasures(content.measures, content.frameworks, problems);
  checkAnnouncements(content.announcements, problems);
  checkEvidenceFilesExist(evidenceDir, listAllEvidenceReferences(content), problems);
  checkAssessments(content.assessments, content.measures, problems);
  checkReports(content.reports, problems);
  checkFrameworkYears(content, problems);
  checkOitItemPages(content, problems);
  return { content, problems };
}

/** The logo is read by a glob of content/*.svg|png: a path with `..` or a sub-folder would build a site without it. */
function isDirectlyInContent(path: string): boolean {
  return !path.includes('/') && !path.includes('\\') && path !== '..' && !path.startsWith('.');
}
