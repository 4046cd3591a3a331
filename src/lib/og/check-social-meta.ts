import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuildContext, BuildStep } from '../../build/steps';
import { createProblem, type Problem } from '../validate/problem';

function listHtml(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

/**
 * Checks the rendered site: every page names a social card, and the card it
 * names is in the output under the site's address. A page without the meta
 * is only reported; a card link that would be broken once published stops the build.
 */
export function checkSocialMeta(context: Pick<BuildContext, 'outDir' | 'site' | 'base'>): Problem[] {
  const prefix = `${context.site}${context.base}`;
  const problems: Problem[] = [];
  for (const file of listHtml(context.outDir)) {
    const page = relative(context.outDir, file);
    const image = /<meta property="og:image" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1]?.replace(/&amp;/g, '&');
    if (image === undefined) {
      problems.push(createProblem('warning', page, 'og:image', 'หน้านี้ไม่มีภาพการ์ดสำหรับแชร์ ให้หน้าใช้เลย์เอาต์ที่มี SocialMeta / this page has no social card meta; render it with a layout that includes SocialMeta'));
      continue;
    }
    const inside = image.startsWith(prefix) ? image.slice(prefix.length) : undefined;
    if (inside === undefined || !existsSync(join(context.outDir, decodeURI(inside)))) {
      problems.push(
        createProblem('error', page, 'og:image', `ภาพการ์ด ${image} ไม่มีอยู่ในเว็บไซต์ที่สร้าง (ต้องอยู่ใต้ ${prefix}og/) / the card image ${image} is not in the built site (expected under ${prefix}og/)`),
      );
    }
  }
  return problems;
}

export const checkSocialMetaStep: BuildStep = {
  name: 'ตรวจภาพการ์ดสำหรับแชร์ / check social cards',
  run: async (context) => checkSocialMeta(context),
};
