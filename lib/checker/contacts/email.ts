import type { Candidate, Detector } from '../detector';

/**
 * Email addresses, found from each "@" outwards rather than by a pattern over the whole text (a
 * pattern such as [\w.]+@ rescans every word of a long text). The local part may hold letters of
 * any script ("pedro.garcía@…"); the domain needs a dot and a top-level domain of letters. An
 * "@" at the start of a word followed by another "@" is a Mastodon handle, not an email.
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

export const detectEmails: Detector = ({ text }) => {
  const found: Candidate[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text, start - 1)) start--;
    while (start < at && text[start] === '.') start++;
    if (start === at || (start > 0 && text[start - 1] === '@')) continue;
    const end = domainEnd(text, at + 1);
    if (end === -1) continue;
    found.push({ start, end, category: 'EMAIL', ruleId: 'email', reason: { key: 'reason_contact_email' }, strength: 'strong' });
    at = end - 1;
  }
  return found;
};
