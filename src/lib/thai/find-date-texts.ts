import { cleanDateText, tokenizeDateText, type DateToken, type DateTokenKind } from './date-tokens';

// Tokens that only make a date when something more specific follows them.
const CONNECTORS = new Set<DateTokenKind>([
  'to',
  'and',
  'slash',
  'from',
  'between',
  'dayWord',
  'at',
  'per',
  'whole',
  'onwards',
]);

function isDateVocabulary(token: DateToken, next: DateToken | undefined): boolean {
  if (token.kind === 'word' || token.kind === 'other') return false;
  // '๑.' at the start of a list item is numbering, not a day.
  const listNumber = token.kind === 'number' && next?.kind === 'other' && next.text === '.' && next.start === token.end;
  return !listNumber;
}

// A run is a date only if it holds something no ordinary sentence has: a month, a fiscal
// year, a numeric date, or a year/quarter/round word followed by its number.
function hasAnchor(run: readonly DateToken[]): boolean {
  return run.some((token, index) => {
    const next = run[index + 1];
    const afterEra = next?.kind === 'beEra' || next?.kind === 'ceEra' ? run[index + 2] : next;
    switch (token.kind) {
      case 'month':
      case 'fiscal':
      case 'iso':
      case 'slashDate':
        return true;
      case 'year':
      case 'beEra':
      case 'ceEra':
        return afterEra?.kind === 'number';
      case 'whole':
        return next?.kind === 'year';
      case 'quarter':
        return next?.kind === 'number';
      case 'round':
        return next?.kind === 'number' && run[index + 2]?.kind === 'monthWord';
      default:
        return false;
    }
  });
}

function trimConnectors(run: DateToken[]): DateToken[] {
  let first = 0;
  let last = run.length - 1;
  while (first <= last && ['to', 'and', 'slash', 'onwards'].includes(run[first]?.kind ?? '')) first += 1;
  while (last >= first && CONNECTORS.has(run[last]?.kind ?? 'word') && run[last]?.kind !== 'onwards') last -= 1;
  return run.slice(first, last + 1);
}

/**
 * Finds every date-looking span in a piece of report text (one table cell or one line),
 * as written (Thai digits kept), so a check can insist each one is read or reported.
 * HTML tags are dropped and whitespace collapsed first.
 */
export function findDateTexts(text: string): string[] {
  const cleaned = cleanDateText(text);
  const tokens = tokenizeDateText(cleaned);
  const runs: DateToken[][] = [[]];
  tokens.forEach((token, index) => {
    if (isDateVocabulary(token, tokens[index + 1])) runs.at(-1)?.push(token);
    else runs.push([]);
  });
  return runs
    .filter(hasAnchor)
    .map(trimConnectors)
    .filter((run) => run.length > 0)
    .map((run) => cleaned.slice(run[0]?.start ?? 0, run.at(-1)?.end ?? 0));
}
