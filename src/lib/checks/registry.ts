import { checkSocialMetaOutcome } from '@/lib/og/check-social-meta';
import { checkPrivacy } from '@/lib/privacy/privacy-check';
import type { ValidatedContent } from '@/lib/validate/validate-content';
import type { CheckConfig } from './config';
import type { DistSnapshot } from './dist-files';
import { checkDistImages } from './dist-images';
import { checkDistLinks } from './dist-links';
import { checkDistPrivacy } from './dist-privacy';
import { checkDraftLeaks } from './draft-leaks';
import { checkEvidenceFiles } from './evidence-files';
import { checkExternalLinkContent } from './external-links-check';
import { checkFiscalYears } from './fiscal-year';
import { checkOitItems } from './oit-items';
import { checkPreviousSheets } from '@/lib/oit/previous-sheet';
import type { CheckOutcome } from './outcome';

/** What a check may look at: the content, the options of the run and, for a dist check, the built site. */
export interface CheckContext {
  root: string;
  content: ValidatedContent;
  config: CheckConfig;
  offline: boolean;
  strict: boolean;
  /** ISO day the calendar checks treat as today (Bangkok). */
  today: string;
  /** Origin and sub-path the built site is for (from its build-info.json when checking an existing dist/). */
  site: string;
  base: string;
}

/** A content check runs before anything is rendered; a dist check on the finished site, after every step that writes files. */
export type CheckStage = 'content' | 'dist';

export interface Check {
  /** Machine name, as in `npm run check --json`. */
  name: string;
  /** Thai / English title shown while the build runs and in the check report. */
  title: string;
  stage: CheckStage;
  /** `dist` is the one shared reading of the built site, given to dist checks. */
  run(context: CheckContext, dist: DistSnapshot | undefined): Promise<CheckOutcome> | CheckOutcome;
}

/** The built site a dist check was given; running one without it is a mistake in the caller. */
function built(dist: DistSnapshot | undefined): DistSnapshot {
  if (!dist) throw new Error('a dist check was run without the built site');
  return dist;
}

/**
 * Every check, once: the build runs them all (src/build/steps.ts) and so does
 * `npm run check` (scripts/check.ts), in this order. A new check is added here only.
 */
export const CHECKS: readonly Check[] = [
  {
    name: 'evidence-files',
    title: 'ตรวจไฟล์หลักฐาน / evidence files',
    stage: 'content',
    run: (c) => checkEvidenceFiles(c.root, c.content, c.config),
  },
  {
    name: 'privacy',
    title: 'ตรวจข้อมูลส่วนบุคคล / privacy guard',
    stage: 'content',
    run: (c) => checkPrivacy(c.root, c.content),
  },
  {
    name: 'fiscal-year',
    title: 'ตรวจปีงบประมาณ / fiscal years',
    stage: 'content',
    run: (c) => checkFiscalYears(c.content, c.today),
  },
  {
    name: 'external-links',
    title: 'ตรวจลิงก์ภายนอก / external links',
    stage: 'content',
    run: (c) => checkExternalLinkContent(c.content, c.config, c),
  },
  {
    name: 'oit-items',
    title: 'ตรวจข้อ OIT ของปีงบประมาณปัจจุบัน / OIT items of the current fiscal year',
    stage: 'content',
    run: (c) => checkOitItems(c.content, c),
  },
  {
    name: 'social-meta',
    title: 'ตรวจภาพการ์ดสำหรับแชร์ / social cards',
    stage: 'dist',
    run: (c, dist) => checkSocialMetaOutcome({ outDir: built(dist).dir, site: c.site, base: c.base }, built(dist)),
  },
  {
    name: 'dist-links',
    title: 'ตรวจลิงก์ภายในเว็บ / internal links',
    stage: 'dist',
    run: (c, dist) => checkDistLinks(built(dist).dir, c.site, c.base, built(dist)),
  },
  {
    name: 'draft-leaks',
    title: 'ตรวจว่าไม่มีฉบับร่างหลุด / draft leaks',
    stage: 'dist',
    run: (c, dist) => checkDraftLeaks(built(dist).dir, c.base, c.content, built(dist)),
  },
  {
    name: 'dist-privacy',
    title: 'ตรวจข้อมูลส่วนบุคคลในเว็บที่สร้าง / privacy of the built site',
    stage: 'dist',
    run: (c, dist) => checkDistPrivacy(built(dist).dir, c.content, built(dist)),
  },
  {
    name: 'dist-images',
    title: 'ตรวจพิกัด GPS ในภาพ / GPS in images',
    stage: 'dist',
    run: (_c, dist) => checkDistImages(built(dist).dir, built(dist)),
  },
  {
    name: 'previous-sheet',
    title: 'ตรวจที่อยู่ในแบบ OIT ครั้งก่อน / addresses of the previous OIT sheets',
    stage: 'dist',
    run: (c, dist) => checkPreviousSheets(c.root, built(dist).dir, c.site, c.base),
  },
];

/** The checks of one stage, in order. */
export function listChecks(stage: CheckStage): Check[] {
  return CHECKS.filter((check) => check.stage === stage);
}

/** Title of a check by name (`content` is content validation, which runs before every check). */
export function checkTitle(name: string): string {
  if (name === 'content') return 'ข้อมูลเนื้อหา / content';
  return CHECKS.find((check) => check.name === name)?.title ?? name;
}
