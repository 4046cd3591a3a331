import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { announcementSchema, type Announcement } from '../../schemas/announcement';
import { assessmentSchema, type Assessment } from '../../schemas/assessment';
import { frameworkSchema, type Framework } from '../../schemas/framework';
import { measureSchema, type Measure } from '../../schemas/measure';
import { oitItemPageSchema, type OitItemPage } from '../../schemas/oit-item';
import { organisationSchema, type Organisation } from '../../schemas/organisation';
import { reportRoundEntrySchema, type ReportRoundEntry } from '../../schemas/report-round';
import { checkAnnouncements, checkAssessments, checkFrameworks, checkMeasures, checkReports } from './cross-checks';
import { checkFrameworkYears, checkOitItemPages } from './oit-item-checks';
import { parseCollection, type ParsedEntry } from './parse-entries';
import { createProblem, type Problem } from './problem';

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

const YAML = /\.ya?ml$/;
const MDX = /\.mdx?$/;

/**
 * Validates all content the way the build will read it, and every rule that
 * spans entries (issue codes, fiscal-year folders, unique slugs, evidence
 * files). Returns every problem at once so a person can fix them in one pass.
 */
export function validateContent(root: string): ValidationResult {
  const problems: Problem[] = [];
  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) {
    problems.push(createProblem('error', 'content', undefined, 'ไม่พบโฟลเดอร์ content / the content folder is missing'));
  }
  const organisations = parseCollection(root, 'content', /^organisation\.ya?ml$/, organisationSchema, problems);
  if (existsSync(contentDir) && organisations.length === 0 && !problems.some((p) => p.file.startsWith('content/organisation'))) {
    problems.push(createProblem('error', 'content/organisation.yaml', undefined, 'ไม่พบไฟล์ข้อมูลหน่วยงาน content/organisation.yaml / the organisation file content/organisation.yaml is missing'));
  }
  const content: ValidatedContent = {
    ...(organisations[0] ? { organisation: organisations[0] } : {}),
    frameworks: parseCollection(root, 'content/frameworks', YAML, frameworkSchema, problems),
    measures: parseCollection(root, 'content/measures', MDX, measureSchema, problems),
    announcements: parseCollection(root, 'content/announcements', MDX, announcementSchema, problems),
    assessments: parseCollection(root, 'content/assessments', YAML, assessmentSchema, problems),
    reports: parseCollection(root, 'content/reports', YAML, reportRoundEntrySchema, problems),
    oitItems: parseCollection(root, 'content/oit', MDX, oitItemPageSchema, problems),
  };
  const evidenceDir = join(contentDir, 'evidence');
  if (content.organisation && !existsSync(join(contentDir, content.organisation.data.logo))) {
    problems.push(createProblem('error', content.organisation.raw.file, 'logo', `ไม่พบไฟล์โลโก้ content/${content.organisation.data.logo} / the logo file content/${content.organisation.data.logo} does not exist`));
  }
  checkFrameworks(content.frameworks, problems);
  checkMeasures(content.measures, content.frameworks, evidenceDir, problems);
  checkAnnouncements(content.announcements, evidenceDir, problems);
  checkAssessments(content.assessments, content.measures, problems);
  checkReports(content.reports, problems);
  checkFrameworkYears(content, problems);
  checkOitItemPages(content, evidenceDir, problems);
  return { content, problems };
}
