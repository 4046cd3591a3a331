import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { stringify } from 'yaml';
import { ORGANISATION_KINDS, organisationSchema, type Organisation } from '@/schemas/organisation';
import { formatZodIssue, formatPath } from '@/lib/validate/format-zod-issue';

/**
 * `npm run new-site`: turns the demo into an agency's own, empty site. Only
 * the frameworks (one file per fiscal year, the rules every agency shares)
 * survive; everything the demo organisation wrote goes.
 */

/** What the clerk tells us (flags or answers to the prompts). */
export interface NewSiteAnswers {
  name: string;
  /** อบต. / เทศบาล… / other, as typed. */
  type: string;
  addressLine: string;
  subdistrict: string;
  district: string;
  province: string;
  postcode: string;
  publicUrl: string;
  phone: string;
  email: string;
  /** Path of a logo file (SVG or PNG) on this computer; empty = a plain placeholder. */
  logo?: string;
  nameEn?: string;
  website?: string;
}

type Kind = keyof typeof ORGANISATION_KINDS;

/** What people type → the schema's kind. */
const TYPE_WORDS: [RegExp, Kind][] = [
  [/^(อบต\.?|องค์การบริหารส่วนตำบล|sao)$/i, 'sao'],
  [/^(ทต\.?|เทศบาลตำบล|เทศบาล|subdistrict-municipality|municipality)$/i, 'subdistrict-municipality'],
  [/^(ทม\.?|เทศบาลเมือง|town-municipality)$/i, 'town-municipality'],
  [/^(ทน\.?|เทศบาลนคร|city-municipality)$/i, 'city-municipality'],
  [/^(อบจ\.?|องค์การบริหารส่วนจังหวัด|pao)$/i, 'pao'],
  [/^(อื่น ?ๆ?|อื่น|other|หน่วยงานอื่น)$/i, 'other'],
];

const SHORT: Partial<Record<Kind, string>> = {
  sao: 'อบต.',
  'subdistrict-municipality': 'ทต.',
  'town-municipality': 'ทม.',
  'city-municipality': 'ทน.',
  pao: 'อบจ.',
};

/** The organisation kind for what was typed, or undefined with the accepted words in the message. */
export function parseOrganisationType(text: string): Kind | undefined {
  return TYPE_WORDS.find(([pattern]) => pattern.test(text.trim()))?.[1];
}

export const TYPE_CHOICES = 'อบต. / เทศบาลตำบล (หรือ เทศบาล) / เทศบาลเมือง / เทศบาลนคร / อบจ. / อื่นๆ';

/** The organisation file's data, checked by the same schema as the build; problems are bilingual lines. */
export function composeOrganisation(
  answers: NewSiteAnswers,
  logoFile: string,
): { organisation?: Organisation; problems: string[] } {
  const kind = parseOrganisationType(answers.type);
  if (!kind)
    return {
      problems: [
        `ประเภทหน่วยงาน "${answers.type}" ไม่รู้จัก ให้ตอบหนึ่งใน: ${TYPE_CHOICES} / unknown organisation type "${answers.type}": answer one of ${TYPE_CHOICES}`,
      ],
    };
  const full = ORGANISATION_KINDS[kind];
  const bare = answers.name.trim().replace(/^(อบต\.|ทต\.|ทม\.|ทน\.|อบจ\.)\s*/, '');
  const name = kind === 'other' || bare.startsWith(full) ? bare : `${full}${bare}`;
  const short = SHORT[kind];
  const publicUrl = answers.publicUrl.trim().replace(/\/?$/, '/');
  const data = {
    name,
    shortName: short && name.startsWith(full) ? `${short}${name.slice(full.length)}` : name,
    nameEn: answers.nameEn?.trim() || name,
    kind,
    address: {
      line: answers.addressLine.trim(),
      subdistrict: answers.subdistrict.trim(),
      district: answers.district.trim(),
      province: answers.province.trim(),
      postcode: answers.postcode.trim(),
    },
    phone: splitList(answers.phone),
    email: splitList(answers.email),
    website: answers.website?.trim() || (URL.canParse(publicUrl) ? `${new URL(publicUrl).origin}/` : publicUrl),
    publicUrl,
    logo: logoFile,
    digits: 'thai',
  };
  const result = organisationSchema.safeParse(data);
  if (result.success) return { organisation: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${formatZodIssue(issue, data)}`) };
}

function splitList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Folders of the demo's own content: emptied (kept, so the collections still load). */
export const DEMO_FOLDERS = ['measures', 'announcements', 'evidence', 'reports', 'assessments', 'oit'] as const;

/**
 * Removes the demo's content, keeps content/frameworks/, writes the new
 * organisation file and logo. Returns what it removed, for the summary.
 */
export function startSite(
  root: string,
  organisation: Organisation,
  logoSource: string | undefined,
): { removed: Record<string, number> } {
  const content = join(root, 'content');
  const removed: Record<string, number> = {};
  for (const folder of DEMO_FOLDERS) {
    const dir = join(content, folder);
    removed[folder] = existsSync(dir) ? countFiles(dir) : 0;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.gitkeep'), '');
  }
  // The demo's built site and caches would otherwise still be published or reused; the editor's backups and the
  // importer's records are of demo files, and would bring demo text back on an undo or a re-import.
  for (const stale of ['dist', '.build', '.og-cache', 'content/.history', 'import-reports'])
    rmSync(join(root, stale), { recursive: true, force: true });
  for (const old of ['logo.svg', 'logo.png'])
    if (old !== organisation.logo) rmSync(join(content, old), { force: true });
  if (logoSource) copyFileSync(logoSource, join(content, organisation.logo));
  else writeFileSync(join(content, organisation.logo), placeholderLogo(organisation.name));
  const header =
    '# ข้อมูลหน่วยงาน เขียนโดย npm run new-site แก้ไขได้ตามต้องการ / the organisation, written by npm run new-site: edit freely\n';
  writeFileSync(join(content, 'organisation.yaml'), header + stringify(organisation, { lineWidth: 0 }));
  return { removed };
}

/** The logo file name inside content/ for a given source file. */
export function logoFileName(source: string | undefined): string {
  return source && extname(source).toLowerCase() === '.png' ? 'logo.png' : 'logo.svg';
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name !== '.gitkeep')
    .length;
}

function placeholderLogo(name: string): string {
  const escaped = name.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200" role="img" aria-label="ตรา${escaped}">
  <title>ตรา${escaped} (ชั่วคราว: แทนที่ด้วยไฟล์ตราจริงที่ content/logo.svg)</title>
  <circle cx="100" cy="100" r="96" fill="#1f3a68"/>
  <circle cx="100" cy="100" r="80" fill="none" stroke="#ffffff" stroke-width="6"/>
</svg>
`;
}
