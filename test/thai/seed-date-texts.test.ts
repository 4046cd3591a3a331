import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DATE_TEXTS, type SeedDateText } from '../fixtures/thai/seed-date-texts';
import { cleanDateText } from '@/lib/thai/date-tokens';
import { findDateTexts } from '@/lib/thai/find-date-texts';
import { parseThaiDateText } from '@/lib/thai/parse-date-text';

function expectSeedReading(entry: SeedDateText, context: { fiscalYear?: number } = {}): void {
  const result = parseThaiDateText(entry.text, context);
  if ('unreadable' in entry.expected) {
    expect(result.ok, entry.text).toBe(false);
    if (!result.ok) {
      expect(result.reasonEn).toContain(entry.expected.unreadable);
      expect(result.reason.length).toBeGreaterThan(0);
    }
  } else {
    expect(result, entry.text).toEqual({ ok: true, ...entry.expected });
  }
}

describe('seed date texts (fixture, always run)', () => {
  it('lists each text once', () => {
    const texts = SEED_DATE_TEXTS.map((entry) => entry.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(SEED_DATE_TEXTS.map((entry) => [entry.text, entry] as const))('%s', (_text, entry) => {
    expectSeedReading(entry);
    // The reports are all about fiscal 2568; knowing that must not change any reading.
    expectSeedReading(entry, { fiscalYear: 2568 });
  });

  it('is what the extractor itself finds: each text is one whole span', () => {
    for (const entry of SEED_DATE_TEXTS) expect(findDateTexts(entry.text), entry.text).toEqual([entry.text]);
  });
});

const SEED_DIR = path.resolve(process.cwd(), '../shared/seeds');
const seedFiles = existsSync(SEED_DIR)
  ? readdirSync(SEED_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];

// Independent of the tokenizer: anything that names a month or a fiscal/BE year.
const DATE_HINT =
  /ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรก[ฎฏ]าคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ปีงบ|พ\.ศ|ตลอดปี|ทั้งปี|ไตรมาส(?:ที่)?\s*[0-9๐-๙]|[0-9๐-๙]{1,2}\/[0-9๐-๙]{1,2}\/[0-9๐-๙]{2,4}/g;

function readCells(file: string): string[] {
  return readFileSync(path.join(SEED_DIR, file), 'utf8')
    .split(/[\t\n]/)
    .map(cleanDateText)
    .filter((cell) => cell.length > 0);
}

if (seedFiles.length === 0)
  console.info('seeds: ../shared/seeds not found, so the date texts were checked against the fixture only');

describe.runIf(seedFiles.length > 0)('seed reports on disk (../shared/seeds)', () => {
  const byText = new Map(SEED_DATE_TEXTS.map((entry) => [entry.text, entry]));
  const found = new Map<string, Set<string>>();
  for (const file of seedFiles) {
    for (const cell of readCells(file)) {
      for (const span of findDateTexts(cell)) found.set(span, (found.get(span) ?? new Set()).add(file.slice(0, 3)));
    }
  }

  it('finds date texts in every report', () => {
    for (const file of seedFiles)
      expect(
        readCells(file).some((cell) => findDateTexts(cell).length > 0),
        file,
      ).toBe(true);
  });

  it('reads or reports every span found, and each one is in the fixture', () => {
    for (const [span, files] of found) {
      const result = parseThaiDateText(span);
      expect(result.ok || (result.reason.length > 0 && result.reasonEn.length > 0), span).toBe(true);
      const entry = byText.get(span);
      expect(entry, `seed span missing from fixtures/seed-date-texts.ts: ${span}`).toBeDefined();
      if (entry) {
        expect([...files].sort(), span).toEqual([...entry.seeds].sort());
        expectSeedReading(entry);
      }
    }
  });

  it('has no fixture entry that the seeds do not contain', () => {
    for (const entry of SEED_DATE_TEXTS) expect(found.has(entry.text), entry.text).toBe(true);
  });

  it('leaves no month, fiscal-year or BE-year mention outside a found span', () => {
    const missed: string[] = [];
    for (const file of seedFiles) {
      for (const cell of readCells(file)) {
        const covered = findDateTexts(cell).flatMap((span) => {
          const ranges: Array<[number, number]> = [];
          for (let at = cell.indexOf(span); at >= 0; at = cell.indexOf(span, at + 1))
            ranges.push([at, at + span.length]);
          return ranges;
        });
        for (const hint of cell.matchAll(DATE_HINT)) {
          const at = hint.index;
          if (!covered.some(([start, end]) => at >= start && at < end))
            missed.push(`${file}: ${cell.slice(Math.max(0, at - 15), at + 25)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
