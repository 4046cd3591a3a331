import { toArabicDigits } from '@/lib/thai/numerals';
import { findContacts, normalisePhone } from './contacts';
import { findThaiIds } from './thai-id';

/** Personal data found in a text, before any permission is applied. */
export interface PersonalDataFinding {
  kind: 'national-id' | 'phone' | 'email';
  /** As written in the text. */
  text: string;
  /** 1-based line in the scanned text, so a person can find it. */
  line: number;
}

/** What may be published without asking: the organisation's public contacts and an entry's override. */
export interface PrivacyAllowance {
  /** Public phone numbers and e-mail addresses of the organisation (content/organisation.yaml). */
  publicContacts: string[];
  /** Values an entry's `privacyOverride.allow` permits, as written. */
  allowed: string[];
}

/** Comparable form of any allowed value: digits for numbers, lower case for addresses. */
export function normaliseAllowed(value: string): string {
  return value.includes('@') ? value.trim().toLowerCase() : normalisePhone(toArabicDigits(value)).replace(/\D/g, '');
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * National ID numbers, and phone numbers and e-mail addresses that are not the
 * organisation's public contacts, found in `text`, less what the allowance permits.
 */
export function scanTextForPersonalData(text: string, allowance: PrivacyAllowance): PersonalDataFinding[] {
  const allowed = new Set([...allowance.allowed, ...allowance.publicContacts].map(normaliseAllowed));
  const findings: PersonalDataFinding[] = [];
  const idSpans: [number, number][] = [];
  for (const id of findThaiIds(text)) {
    idSpans.push([id.index, id.index + id.text.length]);
    if (!allowed.has(id.digits)) findings.push({ kind: 'national-id', text: id.text, line: lineOf(text, id.index) });
  }
  for (const contact of findContacts(text)) {
    if (idSpans.some(([s, e]) => contact.index >= s && contact.index < e)) continue;
    const key = contact.kind === 'email' ? contact.normalised : contact.normalised.replace(/\D/g, '');
    if (!allowed.has(key)) findings.push({ kind: contact.kind, text: contact.text, line: lineOf(text, contact.index) });
  }
  return findings.sort((a, b) => a.line - b.line);
}
