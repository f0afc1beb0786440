import type { Candidate, Detector } from '../detector';

/** IPv4: four octets 0–255, not part of a longer dotted number. */
export const IPV4_PATTERN = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d|\.\d)/g;
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isHexOrColon = (c: number) => isHex(c) || c === 58;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const MAX_IPV6 = 39;

/** IPv6 candidates grow from each colon over hex digits and colons; isIpv6 then checks the groups. */
function findIpv6(text: string, add: (start: number, end: number) => void): void {
  let coveredTo = -1;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (colon < coveredTo) continue;
    let start = colon;
    while (start > 0 && colon - start < MAX_IPV6 && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && end - start < MAX_IPV6 && isHexOrColon(text.charCodeAt(end))) end++;
    coveredTo = end;
    const bounded = (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && (end === text.length || !isWordChar(text.charCodeAt(end)));
    if (bounded && text.charCodeAt(start - 1) !== 46 && isIpv6(text.slice(start, end))) add(start, end);
  }
}

function isIpv6(candidate: string): boolean {
  const halves = candidate.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h ? h.split(':') : []));
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? groups.length >= 2 && groups.length <= 7 : groups.length === 8;
}

export const detectIpAddresses: Detector = ({ text }) => {
  const found: Candidate[] = [];
  const add = (start: number, end: number) =>
    found.push({ start, end, category: 'IP', ruleId: 'ip', reason: { key: 'reason_contact_ip' }, strength: 'strong' });
  if (text.includes('.')) for (const m of text.matchAll(IPV4_PATTERN)) add(m.index, m.index + m[0].length);
  findIpv6(text, add);
  return found;
};
