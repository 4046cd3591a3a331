import { loadCheckConfig } from '../../lib/checks/config';
import { checkEvidenceFiles } from '../../lib/checks/evidence-files';
import { checkExternalLinkContent } from '../../lib/checks/external-links-check';
import { checkFiscalYears } from '../../lib/checks/fiscal-year';
import { todayInBangkok } from '../../lib/checks/run-content-checks';
import { checkPrivacy } from '../../lib/privacy/privacy-check';
import { asBuildStep } from './as-build-step';

/** Evidence files open, are small enough and have safe names. */
export const evidenceFilesStep = asBuildStep('ตรวจไฟล์หลักฐาน / evidence files', (c) => checkEvidenceFiles(c.root, c.content, loadCheckConfig(c.root)));

/** No national ID number in content or in a PDF; warn on private phones and e-mails. */
export const privacyStep = asBuildStep('ตรวจข้อมูลส่วนบุคคล / privacy guard', (c) => checkPrivacy(c.root, c.content));

/** Reports and plans match the fiscal year they claim; due rounds are present. */
export const fiscalYearStep = asBuildStep('ตรวจปีงบประมาณ / fiscal years', (c) => checkFiscalYears(c.content, todayInBangkok()));

/** External links open (skipped offline and in CI; fatal only with --strict). */
export const externalLinksStep = asBuildStep('ตรวจลิงก์ภายนอก / external links', (c) =>
  checkExternalLinkContent(c.content, loadCheckConfig(c.root), { offline: c.offline, strict: c.strict }),
);
