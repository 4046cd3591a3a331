/**
 * `npm run new-site`: เริ่มเว็บไซต์ของหน่วยงานเอง — ถามชื่อ ประเภท ที่อยู่ ที่อยู่เว็บ และตรา
 * (หรือรับจากตัวเลือก) ลบเนื้อหาตัวอย่างทั้งหมด (มาตรการ ประกาศ หลักฐาน รายงาน ผลการประเมิน
 * หน้าข้อ OIT) และเก็บกรอบการประเมินทุกปีไว้.
 * Starts an agency's own site: asks (or takes flags) for name, type, address, public URL and logo,
 * removes the demo's measures, notices, evidence, reports, assessments and OIT item pages, keeps the frameworks.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import {
  composeOrganisation,
  DEMO_FOLDERS,
  logoFileName,
  startSite,
  TYPE_CHOICES,
  type NewSiteAnswers,
} from '@/lib/site/start-site';
import { parseOptions } from './support/parse-options';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Each answer: its flag, its Thai alias, and the question asked when the flag is missing. */
const FIELDS: { key: keyof NewSiteAnswers; flag: string; thai: string; question: string; optional?: boolean }[] = [
  { key: 'name', flag: '--name', thai: '--ชื่อ', question: 'ชื่อหน่วยงาน (เช่น องค์การบริหารส่วนตำบลบ้านสวน)' },
  { key: 'type', flag: '--type', thai: '--ประเภท', question: `ประเภทหน่วยงาน (${TYPE_CHOICES})` },
  { key: 'addressLine', flag: '--address', thai: '--ที่อยู่', question: 'ที่อยู่ เลขที่ หมู่ ถนน (เช่น เลขที่ 1 หมู่ที่ 2 ถนนสายหลัก)' },
  { key: 'subdistrict', flag: '--subdistrict', thai: '--ตำบล', question: 'ตำบล' },
  { key: 'district', flag: '--district', thai: '--อำเภอ', question: 'อำเภอ' },
  { key: 'province', flag: '--province', thai: '--จังหวัด', question: 'จังหวัด' },
  { key: 'postcode', flag: '--postcode', thai: '--รหัสไปรษณีย์', question: 'รหัสไปรษณีย์ (5 หลัก)' },
  {
    key: 'publicUrl',
    flag: '--url',
    thai: '--เว็บ',
    question: 'ที่อยู่เว็บของเว็บไซต์นี้เมื่อเผยแพร่ (เช่น https://www.example.go.th/ita/)',
  },
  { key: 'phone', flag: '--phone', thai: '--โทร', question: 'โทรศัพท์สำนักงาน (หลายเบอร์คั่นด้วย ,)' },
  { key: 'email', flag: '--email', thai: '--อีเมล', question: 'อีเมลสำนักงาน (หลายที่อยู่คั่นด้วย ,)' },
  {
    key: 'logo',
    flag: '--logo',
    thai: '--ตรา',
    question: 'ไฟล์ตราหน่วยงาน .svg หรือ .png (เว้นว่างได้ ใช้ตราชั่วคราวไปก่อน)',
    optional: true,
  },
];

const flagName = (flag: string): string => flag.replace(/^--/, '');
const { values } = parseOptions({
  usage: 'ดูตัวเลือกทั้งหมด / all options: npm run new-site -- --help',
  options: {
    ...Object.fromEntries(
      FIELDS.flatMap((f) => [f.flag, f.thai]).map((flag) => [flagName(flag), { type: 'string' as const }]),
    ),
    'name-en': { type: 'string' },
    website: { type: 'string' },
    yes: { type: 'boolean' },
    ยืนยัน: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(
    `npm run new-site -- [ตัวเลือก / options]\n\nเริ่มเว็บไซต์ของหน่วยงานเอง: ลบเนื้อหาตัวอย่าง (${DEMO_FOLDERS.map((f) => `content/${f}/`).join(' ')}) เก็บ content/frameworks/ ไว้\nStarts your own site: removes the demo content, keeps content/frameworks/.\n`,
  );
  for (const f of FIELDS) console.log(`  ${`${f.flag} / ${f.thai}`.padEnd(34)} ${f.question}`);
  console.log(
    `  ${'--name-en'.padEnd(34)} ชื่อภาษาอังกฤษ (ไม่บังคับ) / English name (optional)\n  ${'--yes / --ยืนยัน'.padEnd(34)} ไม่ต้องถามยืนยันก่อนลบ / do not ask before removing the demo`,
  );
  process.exit(0);
}

const option = (...flags: string[]): string | undefined =>
  flags
    .map((flag) => (values as Record<string, unknown>)[flagName(flag)])
    .find((value): value is string => typeof value === 'string');

// Answers typed at the prompts are read line by line, so they can also be piped in.
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
const lines = rl[Symbol.asyncIterator]();
let inputClosed = false;
async function ask(question: string): Promise<string | undefined> {
  if (inputClosed) return undefined;
  process.stdout.write(`${question}: `);
  const next = await lines.next();
  if (next.done) {
    inputClosed = true;
    process.stdout.write('\n');
    return undefined;
  }
  return String(next.value).trim();
}

const answers: Partial<NewSiteAnswers> = { nameEn: option('--name-en'), website: option('--website') };
const missing: string[] = [];
// An optional question (the logo) is only asked in a session that is asking anyway; all-flags runs stay silent.
let asking = false;
for (const field of FIELDS) {
  let value = option(field.flag, field.thai);
  if (value === undefined && field.optional && !asking) value = '';
  while (value === undefined || (!field.optional && value === '')) {
    asking = true;
    value = await ask(field.question);
    if (value === undefined) break;
  }
  if (value === undefined && !field.optional) missing.push(`${field.flag} (${field.question})`);
  answers[field.key] = value ?? '';
}
if (missing.length) {
  rl.close();
  console.error(
    `✗ ยังขาดข้อมูล ให้ตอบคำถามหรือใส่ตัวเลือกต่อไปนี้ / missing answers: give these options:\n  ${missing.join('\n  ')}\nดูตัวเลือกทั้งหมด / all options: npm run new-site -- --help`,
  );
  process.exit(1);
}

const logoSource = answers.logo ? resolve(process.env.INIT_CWD ?? process.cwd(), answers.logo) : undefined;
if (logoSource && (!existsSync(logoSource) || !/\.(svg|png)$/i.test(logoSource))) {
  rl.close();
  console.error(
    `✗ ไม่พบไฟล์ตรา ${logoSource} หรือไม่ใช่ .svg/.png — ยังไม่ได้ลบหรือแก้อะไร / the logo ${logoSource} does not exist or is not .svg/.png; nothing was removed or changed`,
  );
  process.exit(1);
}
const { organisation, problems } = composeOrganisation(answers as NewSiteAnswers, logoFileName(logoSource));
if (!organisation) {
  rl.close();
  console.error(
    `✗ ข้อมูลหน่วยงานไม่ถูกต้อง ยังไม่ได้ลบหรือแก้อะไร / the organisation details are not valid; nothing was removed or changed:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}

if (!values.yes && !values.ยืนยัน) {
  const sure = await ask(
    `จะลบเนื้อหาตัวอย่างใน ${DEMO_FOLDERS.map((f) => `content/${f}/`).join(' ')} และเขียน content/organisation.yaml ใหม่ ยืนยันพิมพ์ ใช่ / this removes the demo content and rewrites content/organisation.yaml; type ใช่ (yes) to go on`,
  );
  if (!/^(ใช่|yes|y)$/i.test(sure ?? '')) {
    rl.close();
    console.error('ยกเลิก ไม่ได้ลบหรือแก้อะไร / cancelled; nothing was removed or changed');
    process.exit(1);
  }
}
rl.close();

const { removed } = startSite(root, organisation, logoSource);
console.log(`✓ เริ่มเว็บไซต์ของ ${organisation.name} แล้ว / your site is ready to fill in`);
console.log(
  `  ลบเนื้อหาตัวอย่าง / removed: ${Object.entries(removed)
    .map(([f, n]) => `content/${f}/ ${n}`)
    .join(', ')} ไฟล์ / files`,
);
console.log('  เก็บไว้ / kept: content/frameworks/ (กรอบการประเมินทุกปี / the frameworks of every year)');
console.log(
  `  ${logoSource ? 'ตรา / logo' : 'ตราชั่วคราว แทนที่ภายหลังได้ / placeholder logo, replace it later'}: content/${organisation.logo}`,
);
console.log(
  'ขั้นต่อไป / next: npm run build แล้วเปิดหน้า "ข้อมูลสำหรับตอบแบบ OIT" เพื่อดูว่าข้อใดยังไม่มีข้อมูล / then open the OIT answer sheet to see which items still need content',
);
