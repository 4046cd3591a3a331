import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatEnglishDate, formatThaiDate, formatThaiDateRange } from '@/lib/thai/dates';
import { parseThaiDate } from '@/lib/thai/parse-date-text';
import { resolvePeriod } from '@/schemas/dates';
import { CONTENT_KINDS } from './content-kinds';

/** Choices the form offers instead of free text, read from the content itself. */
export interface EditChoices {
  /** Per fiscal year: that year's framework issues, in report order. */
  issues: Record<string, Array<{ code: string; number: number; title: string }>>;
  /** Per fiscal year: the OIT item codes and titles. */
  oitItems: Record<string, Array<{ code: string; title: string }>>;
  years: number[];
  /** Every measure as `<year>/<slug>`, for an assessment's `answeredBy`. */
  measures: string[];
}

/** One content file as listed in the app's side bar. */
export interface EntrySummary {
  path: string;
  kind: string;
  title: string;
}

export function readChoices(root: string): EditChoices {
  const choices: EditChoices = { issues: {}, oitItems: {}, years: [], measures: [] };
  const frameworks = join(root, 'content', 'frameworks');
  for (const name of existsSync(frameworks)
    ? readdirSync(frameworks)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : []) {
    const data = safeParse(readFileSync(join(frameworks, name), 'utf8')) as {
      fiscalYear?: number;
      issues?: Array<{ code: string; number: number; title: string }>;
      oitItems?: Array<{ code: string; title: string }>;
    };
    if (typeof data?.fiscalYear !== 'number') continue;
    choices.years.push(data.fiscalYear);
    choices.issues[data.fiscalYear] = (data.issues ?? []).map(({ code, number, title }) => ({ code, number, title }));
    choices.oitItems[data.fiscalYear] = (data.oitItems ?? []).map(({ code, title }) => ({ code, title }));
  }
  choices.measures = listEntries(root)
    .filter((e) => e.kind === 'measure')
    .map((e) => e.path.replace(/^measures\//, '').replace(/\.mdx?$/, ''));
  return choices;
}

/** Every content file the editor can open, with its title for the list. */
export function listEntries(root: string): EntrySummary[] {
  const content = join(root, 'content');
  const out: EntrySummary[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink() || entry.name === 'evidence') continue;
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      const kind = CONTENT_KINDS.find((k) => k.pattern.test(path));
      if (!entry.isFile() || !kind) continue;
      const text = readFileSync(join(dir, entry.name), 'utf8');
      const title =
        /^(?:title|name):\s*["']?(.+?)["']?\s*$/m.exec(text)?.[1] ??
        path.replace(/^oit\/\d{4}\//, '').replace(/\.mdx?$/, '');
      out.push({ path, kind: kind.id, title });
    }
  };
  if (existsSync(content)) walk(content, '');
  return out;
}

/** A date or period typed in the form, read by the project's own Thai date parser and shown back in words. */
export function readDateText(
  text: string,
  mode: 'day' | 'period',
  fiscalYear?: number,
): { ok: true; iso: string; th: string; en: string } | { ok: false; th: string; en: string } {
  if (mode === 'day') {
    const day = parseThaiDate(text.trim(), fiscalYear ? { fiscalYear } : {});
    if (!day.ok) return { ok: false, th: day.reason, en: day.reasonEn };
    return { ok: true, iso: day.date, th: formatThaiDate(day.date), en: formatEnglishDate(day.date) };
  }
  const period = resolvePeriod(text.trim() === '' ? undefined : text.trim(), fiscalYear ?? 2569);
  if (!period.ok) {
    const [th, en] = period.message.split(' / ');
    return { ok: false, th: th ?? period.message, en: en ?? period.message };
  }
  const { start, end, wholeFiscalYear } = period.period;
  return {
    ok: true,
    iso: `${start}/${end}`,
    th: `${formatThaiDateRange(start, end)}${wholeFiscalYear ? ' (ตลอดปีงบประมาณ)' : ''}`,
    en: `${formatEnglishDate(start)} – ${formatEnglishDate(end)}${wholeFiscalYear ? ' (whole fiscal year)' : ''}`,
  };
}

function safeParse(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}
