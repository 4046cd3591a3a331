import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempProject } from '../support/temp-project';
import { runBuild } from '../support/temp-project';
import { formatThaiId, makeSyntheticThaiId } from '../support/make-pdf';
import { makeZip } from '../support/make-zip';

// One `npm run build` per class of clerk mistake (issue #19): each alone stops the build
// before Astro renders anything, says file, line or field in Thai and English, and leaves
// the previously published dist/ exactly as it was.
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const MEASURE = 'content/measures/2569/bribery-risk-assessment.mdx';
const APPROVED = 'the site approved last time';
// Synthetic: an arbitrary prefix with its computed check digit, not a real person's number.
const ID = makeSyntheticThaiId('310170020345');

function buildWith(fault: (root: string) => void | Promise<void>) {
  return (async () => {
    const root = createTempProject('ita-badinput-');
    roots.push(root);
    await fault(root);
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'approved.txt'), APPROVED);
    const result = runBuild(root);
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain('nothing was published');
    expect(result.output).not.toContain('[build] Building static entrypoints');
    expect(readdirSync(join(root, 'dist'))).toEqual(['approved.txt']);
    expect(readFileSync(join(root, 'dist', 'approved.txt'), 'utf8')).toBe(APPROVED);
    return result.output;
  })();
}
const edit = (root: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
const addDocument = (root: string, file: string) =>
  edit(root, MEASURE, (t) =>
    t.replace('  documents:\n', `  documents:\n    - file: ${file}\n      title: เอกสารแนบ\n`),
  );

describe('the build refuses, with dist/ untouched', () => {
  it('an MDX body it cannot repair: file, line, column, the text, Thai and English', async () => {
    let line = 0;
    const output = await buildWith((root) =>
      edit(root, MEASURE, (t) => {
        line = t.split('\n').length + 1;
        return `${t}\n- ข้อ <span>หนึ่ง\n- ข้อสอง</span>\n`;
      }),
    );
    expect(output).toContain(`${MEASURE} → บรรทัด ${line} คอลัมน์ 7 / line ${line}, column 7`);
    expect(output).toContain(`เนื้อหาบรรทัด ${line} คอลัมน์ 7 อ่านไม่ได้: «- ข้อ <span>หนึ่ง»`);
    expect(output).toContain(`the body cannot be read at line ${line}, column 7: «- ข้อ <span>หนึ่ง»`);
    expect(output).not.toMatch(/MDXError|at .*\.js:\d+/);
  });

  it('a Windows copy "budget-disclosure - Copy.mdx"', async () => {
    const output = await buildWith((root) =>
      writeFileSync(
        join(root, 'content/measures/2569/budget-disclosure - Copy.mdx'),
        readFileSync(join(root, 'content/measures/2569/budget-disclosure.mdx')),
      ),
    );
    expect(output).toContain('ข้อผิดพลาด / ERROR: content/measures/2569/budget-disclosure - Copy.mdx');
    expect(output).toContain('ให้เปลี่ยนชื่อเป็น budget-disclosure-2.mdx');
    expect(output).toContain('rename it to budget-disclosure-2.mdx');
  });

  it('a near-miss name Notepad made: new-measure.mdx.txt', async () => {
    const output = await buildWith((root) =>
      writeFileSync(join(root, 'content/measures/2569/new-measure.mdx.txt'), readFileSync(join(root, MEASURE))),
    );
    expect(output).toContain('ERROR: content/measures/2569/new-measure.mdx.txt');
    expect(output).toContain('หมายถึง new-measure.mdx หรือไม่');
    expect(output).toContain('did you mean new-measure.mdx?');
  });

  it('a logo path outside content/', async () => {
    const output = await buildWith((root) => {
      // The file exists, so the old check (existence only) passed it and the site was built without a logo.
      writeFileSync(join(root, 'outside-logo.svg'), readFileSync(join(root, 'content/logo.svg')));
      edit(root, 'content/organisation.yaml', (t) => t.replace(/^logo: .*$/m, 'logo: ../outside-logo.svg'));
    });
    expect(output).toContain('content/organisation.yaml → logo');
    expect(output).toContain('ซึ่งอยู่นอกโฟลเดอร์ content/');
    expect(output).toContain('which is outside content/');
  });

  it('a GPS-tagged photo listed as a document', async () => {
    const output = await buildWith(async (root) => {
      const tagged = sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } }).withExif({
        IFD0: { Make: 'Phone' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 30/1 0/1' },
      });
      await tagged.jpeg().toFile(join(root, 'content/evidence/2569/site-map.jpg'));
      addDocument(root, '2569/site-map.jpg');
    });
    expect(output).toContain(`${MEASURE} → evidence.documents[0].file`);
    expect(output).toContain('มีพิกัด GPS ของสถานที่ถ่าย');
    expect(output).toContain('carries the GPS position where it was taken');
    expect(output).not.toContain('bug in the generator');
  });

  it('a document kind the privacy guard cannot read (.doc)', async () => {
    const output = await buildWith((root) => {
      writeFileSync(
        join(root, 'content/evidence/2569/old-minutes.doc'),
        Buffer.from('\xd0\xcf\x11\xe0 word 97', 'latin1'),
      );
      addDocument(root, '2569/old-minutes.doc');
    });
    expect(output).toContain(`${MEASURE} → evidence.documents[0].file`);
    expect(output).toContain('ซึ่งระบบตรวจข้อมูลส่วนบุคคลอ่านไม่ได้');
    expect(output).toContain('which the privacy guard cannot read, so it is not published');
  });

  it('an .xlsx holding a national ID number (Thai digits)', async () => {
    const output = await buildWith((root) => {
      const sheet = `<sst><si><t>นางสมมุติ ทดสอบ ${formatThaiId(ID).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))}</t></si></sst>`;
      writeFileSync(
        join(root, 'content/evidence/2569/allowance-list.xlsx'),
        makeZip({ '[Content_Types].xml': '<Types/>', 'xl/sharedStrings.xml': sheet }),
      );
    });
    expect(output).toContain('content/evidence/2569/allowance-list.xlsx → ข้อความในไฟล์ .xlsx / text of the .xlsx file');
    expect(output).toContain('พบเลขประจำตัวประชาชน');
    expect(output).toContain('found a Thai national ID number');
  });

  it('a symbolic link under content/ (to /etc/passwd)', async () => {
    const output = await buildWith((root) =>
      symlinkSync('/etc/passwd', join(root, 'content/evidence/2569/passwd.txt')),
    );
    expect(output).toContain('ERROR: content/evidence/2569/passwd.txt');
    expect(output).toContain('this is a symbolic link (shortcut) to another file');
    expect(output).not.toContain('root:x:0:0');
  });

  it('a javascript: link', async () => {
    const output = await buildWith((root) =>
      edit(root, MEASURE, (t) =>
        t.replace('evidence:\n', 'evidence:\n  links:\n    - url: "javascript:alert(1)"\n      title: ลิงก์\n'),
      ),
    );
    expect(output).toContain(`${MEASURE} → evidence.links[0].url`);
    expect(output).toContain('ห้ามใช้ javascript:');
    expect(output).toContain('javascript:, data: and other kinds are not allowed');
  });

  it('a YAML mistake, at the right line', async () => {
    const output = await buildWith((root) =>
      edit(root, MEASURE, (t) => t.replace(/^title: (.*)$/m, 'title: ประกาศ: $1')),
    );
    expect(output).toContain('อ่านรูปแบบ YAML ไม่ได้ที่บรรทัด 5');
    expect(output).toContain('the YAML cannot be read at line 5');
  });

  it('a file saved as Windows-874 (TIS-620)', async () => {
    const output = await buildWith((root) => {
      const text = readFileSync(join(root, MEASURE), 'utf8');
      const tis = Buffer.from(
        text.replace(/[\u0e01-\u0e5b]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0e01 + 0xa1)),
        'latin1',
      );
      writeFileSync(join(root, MEASURE), tis);
    });
    expect(output).toContain(`ERROR: ${MEASURE}`);
    expect(output).toContain('บันทึกเป็นรหัส Windows-874 (TIS-620) ไม่ใช่ UTF-8');
    expect(output).toContain('this file is saved as Windows-874 (TIS-620), not UTF-8');
  });
});
