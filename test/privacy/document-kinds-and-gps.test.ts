import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCheckConfig } from '@/lib/checks/config';
import { checkEvidenceFiles } from '@/lib/checks/evidence-files';
import { validateContent } from '@/lib/validate/validate-content';
import { makeZip } from '../support/make-zip';
import { expectProblem } from '../support/problems';
import { createTempProject } from '../support/temp-project';

const MEASURE = 'content/measures/2569/bribery-risk-assessment.mdx';
const NOTICE = 'content/announcements/no-gift-policy-2569.mdx';
/** Where checkWith lists a file by default: the measure's first document. */
const FIRST_DOCUMENT = { file: MEASURE, field: 'evidence.documents[0].file' };
let root = '';
let measureText = '';
let noticeText = '';
beforeAll(() => {
  root = createTempProject('ita-kinds-');
  measureText = readFileSync(join(root, MEASURE), 'utf8');
  noticeText = readFileSync(join(root, NOTICE), 'utf8');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Lists `file` as the measure's first document (or the notice's first attachment) and runs the evidence check. */
async function checkWith(file: string, bytes: Buffer, where: 'measure' | 'notice' = 'measure', checksYaml?: string) {
  writeFileSync(join(root, 'content/evidence', file), bytes);
  writeFileSync(
    join(root, MEASURE),
    where === 'measure'
      ? measureText.replace('  documents:\n', `  documents:\n    - file: ${file}\n      title: แผนที่จุดติดตั้ง\n`)
      : measureText,
  );
  writeFileSync(
    join(root, NOTICE),
    where === 'notice'
      ? noticeText.replace('attachments:\n', `attachments:\n  - file: ${file}\n    title: ภาพประกาศ\n`)
      : noticeText,
  );
  if (checksYaml) writeFileSync(join(root, 'content/checks.yaml'), checksYaml);
  else rmSync(join(root, 'content/checks.yaml'), { force: true });
  const { content, problems } = validateContent(root);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const outcome = await checkEvidenceFiles(root, content, loadCheckConfig(root));
  rmSync(join(root, 'content/evidence', file));
  return outcome.problems.filter((p) => p.severity === 'error');
}

const photo = (gps: boolean) => {
  const image = sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } });
  return (
    gps
      ? image.withExif({ IFD0: { Make: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 30/1 0/1' } })
      : image
  )
    .jpeg()
    .toBuffer();
};

describe('a GPS-tagged photo listed as a document', () => {
  it('is an error naming the measure and the field, saying to list it under photos', async () => {
    const [problem, ...rest] = await checkWith('2569/site-map.jpg', await photo(true));
    expect(rest).toEqual([]);
    expectProblem(problem, {
      ...FIRST_DOCUMENT,
      th: ['ภาพ content/evidence/2569/site-map.jpg มีพิกัด GPS', 'ให้ย้ายภาพนี้ไปไว้ใน evidence.photos'],
      en: [
        'the image content/evidence/2569/site-map.jpg carries the GPS position where it was taken',
        'move it to evidence.photos',
      ],
    });
    expect(`${problem!.th} ${problem!.en}`).not.toContain('bug in the generator');
  });
  it('as an announcement attachment: names the attachment field', async () => {
    const [problem] = await checkWith('2569/notice-photo.jpg', await photo(true), 'notice');
    expectProblem(problem, {
      file: NOTICE,
      field: 'attachments[0].file',
      en: ['remove the location from the file first, or save it as PDF'],
    });
  });
  it('inside a Word file: names the picture in the file', async () => {
    const docx = async (gps: boolean) =>
      makeZip({
        '[Content_Types].xml': '<Types/>',
        'word/document.xml': '<w:document><w:p><w:t>ภาพกิจกรรม</w:t></w:p></w:document>',
        'word/media/image1.jpeg': new Uint8Array(await photo(gps)),
      });
    const [problem, ...rest] = await checkWith('2569/activity-report.docx', await docx(true));
    expect(rest).toEqual([]);
    expectProblem(problem, {
      ...FIRST_DOCUMENT,
      th: ['มีภาพถ่ายที่ยังมีพิกัด GPS ของสถานที่ถ่ายอยู่ข้างใน (word/media/image1.jpeg)'],
      en: ['content/evidence/2569/activity-report.docx contains photos that still carry the GPS position'],
    });
    expect(await checkWith('2569/activity-report.docx', await docx(false))).toEqual([]);
  });
  it('passes the same photo without a location', async () => {
    expect(await checkWith('2569/site-map.jpg', await photo(false))).toEqual([]);
  });
});

describe('document kinds the privacy guard cannot read', () => {
  it('an old Word .doc is refused, saying what to save it as', async () => {
    const [problem] = await checkWith('2569/old-minutes.doc', Buffer.from('\xd0\xcf\x11\xe0 binary word', 'latin1'));
    expectProblem(problem, {
      ...FIRST_DOCUMENT,
      th: ['เป็นชนิด .doc ซึ่งระบบตรวจข้อมูลส่วนบุคคลอ่านไม่ได้', 'content/checks.yaml'],
      en: [
        'content/evidence/2569/old-minutes.doc is a .doc file, which the privacy guard cannot read, so it is not published: save it as PDF / .docx',
        'otherDocumentKinds: [{ ext: doc',
      ],
    });
  });
  it('a .zip is refused: unpack it', async () => {
    const [problem] = await checkWith('2569/all-photos.zip', Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'latin1'));
    expectProblem(problem, { en: ['unpack it and attach each file on its own'] });
  });
  it('is published when content/checks.yaml lists it with a reason and who approved', async () => {
    const yaml =
      'otherDocumentKinds:\n  - ext: dwg\n    reason: ผู้ประเมินขอแบบก่อสร้างเป็นไฟล์ต้นฉบับเพื่อตรวจสอบ\n    approvedBy: ปลัดองค์การบริหารส่วนตำบล\n';
    expect(await checkWith('2569/drawing.dwg', Buffer.from('AC1032 drawing'), 'measure', yaml)).toEqual([]);
    expect(await checkWith('2569/drawing.dwg', Buffer.from('AC1032 drawing'))).toHaveLength(1);
  });
  it('a listing without a real reason is refused by the settings check', () => {
    writeFileSync(
      join(root, 'content/checks.yaml'),
      'otherDocumentKinds:\n  - ext: dwg\n    reason: ok\n    approvedBy: ปลัด\n',
    );
    expect(() => loadCheckConfig(root)).toThrow(/give a real reason/);
    rmSync(join(root, 'content/checks.yaml'));
  });
});
