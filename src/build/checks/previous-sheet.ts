import { checkPreviousSheets } from '../../lib/oit/previous-sheet';
import { asBuildStep } from './as-build-step';

/** Every URL the last published answer sheets gave still opens. */
export const previousSheetStep = asBuildStep('ตรวจที่อยู่ในแบบ OIT ครั้งก่อน / addresses of the previous OIT sheets', (c) => checkPreviousSheets(c.root, c.outDir, c.site, c.base));
