import { checkDistImages } from '../../lib/checks/dist-images';
import { checkDistLinks } from '../../lib/checks/dist-links';
import { checkDistPrivacy } from '../../lib/checks/dist-privacy';
import { checkDraftLeaks } from '../../lib/checks/draft-leaks';
import { asBuildStep } from './as-build-step';

/** No internal link, image or anchor in the built site is broken. */
export const distLinksStep = asBuildStep('ตรวจลิงก์ภายในเว็บ / internal links', (c) => checkDistLinks(c.outDir, c.site, c.base));

/** No draft's title or address appears in any built file (search index included). */
export const draftLeaksStep = asBuildStep('ตรวจว่าไม่มีฉบับร่างหลุด / draft leaks', (c) => checkDraftLeaks(c.outDir, c.base, c.content));

/** No national ID number in any built page, feed or index. */
export const distPrivacyStep = asBuildStep('ตรวจข้อมูลส่วนบุคคลในเว็บที่สร้าง / privacy of the built site', (c) => checkDistPrivacy(c.outDir, c.content));

/** No image in the built site carries GPS coordinates. */
export const distImagesStep = asBuildStep('ตรวจพิกัด GPS ในภาพ / GPS in images', (c) => checkDistImages(c.outDir));
