import type { Candidate, Detector } from '../detector';

/**
 * Email addresses, found from each "@" outwards rather than by a pattern over the whole text (a
 * pattern such as [\w.]+@ rescans every word of a long text). The local part may hold letters of
 * any script ("pedro.garcía@…"); the domain needs a dot and a top-level domain of letters. An
 * "@" at the start of a word followed by another "@" is a Mastodon handle, not an email. Addresses
 * spaced out to slip past filters ("jane @ example . com") count when they end in a common top-level domain.
 */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}/u;
function isLocalChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45) return true; // . _ % + -
  return c >= 0xc0 && LETTER.test(text[i]!);
}
const isDomainChar = (c: number) => isAsciiAlnum(c) || c === 45 || c === 46;

/** End of the domain that starts at `from`, trimmed to its last label of letters; -1 when there is none. */
export function domainEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && end - from < MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
  while (end > from && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
  const lastDot = text.lastIndexOf('.', end - 1);
  if (lastDot <= from) return -1;
  const tld = text.slice(lastDot + 1, end);
  return /^[A-Za-z]{2,24}$/.test(tld) ? end : -1;
}

/** Top-level domains a spaced-out address must end with: without a dot and a real ending, "@ noon . Then" is not an address. */
const COMMON_TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'info', 'io', 'co', 'uk', 'us', 'ca', 'fr', 'es', 'it', 'tr', 'de', 'eu', 'be', 'ch', 'nl', 'pt']);
const MAX_LABELS = 8;

/** End of a domain written "example . com" or "example.com" after " @ "; -1 when it is not one. */
function spacedDomainEnd(text: string, from: number): number {
  let i = from;
  let end = -1;
  let labels = 0;
  let lastLabel = '';
  while (labels < MAX_LABELS) {
    const labelStart = i;
    while (i < text.length && i - labelStart < 63 && (isAsciiAlnum(text.charCodeAt(i)) || text[i] === '-')) i++;
    if (i === labelStart) break;
    labels++;
    lastLabel = text.slice(labelStart, i);
    end = i;
    let j = i + (text[i] === ' ' ? 1 : 0);
    if (text[j] !== '.') break;
    j++;
    i = j + (text[j] === ' ' ? 1 : 0);
  }
  return labels >= 2 && COMMON_TLDS.has(lastLabel.toLowerCase()) ? end : -1;
}

function localStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text, start - 1)) start--;
  while (start < at && text[start] === '.') start++;
  return start;
}

const ROLE_MAILBOXES = new Set([
  'info', 'contact', 'contacts', 'hello', 'help', 'support', 'office', 'admin', 'press', 'media', 'news', 'careers', 'jobs', 'hr', 'billing',
  'appointments', 'appointment', 'booking', 'bookings', 'reception', 'frontdesk', 'noreply', 'no-reply', 'feedback', 'patientrelations',
  'patient.relations', 'webmaster', 'marketing', 'communications', 'comms', 'accueil', 'secretariat', 'rdv', 'informacion', 'citas',
  'contatti', 'informazioni', 'prenotazioni', 'segreteria', 'iletisim', 'bilgi', 'randevu',
]);

export const detectEmails: Detector = ({ text }) => {
  const found: Candidate[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const spaced = text[at - 1] === ' ' && text[at + 1] === ' ';
    const start = localStart(text, spaced ? at - 1 : at);
    if (start === (spaced ? at - 1 : at) || (start > 0 && text[start - 1] === '@')) continue;
    const end = spaced ? spacedDomainEnd(text, at + 2) : domainEnd(text, at + 1);
    if (end === -1) continue;
    // A role's mailbox ("info@", "appointments@") is the organisation's, not a person's.
    const role = ROLE_MAILBOXES.has(text.slice(start, spaced ? at - 1 : at).toLowerCase());
    found.push({ start, end, category: 'EMAIL', ruleId: 'email', reason: { key: 'reason_contact_email' }, strength: role ? 'weak' : 'strong' });
    at = end - 1;
  }
  return found;
};
