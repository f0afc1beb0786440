import type { Candidate, Detector } from '../detector';

/** IPv4: four octets 0–255, not part of a longer dotted number. */
export const IPV4_PATTERN = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d|\.\d)/g;
/** IPv6 candidates: hex groups and colons; the code checks the group count and the one "::" allowed. */
export const IPV6_PATTERN = /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/g;

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
    found.push({ start, end, category: 'IP', ruleId: 'ip', reason: { key: 'reason_ip' }, strength: 'strong' });
  if (text.includes('.')) for (const m of text.matchAll(IPV4_PATTERN)) add(m.index, m.index + m[0].length);
  if (text.includes('::') || text.split(':', 8).length === 8) {
    for (const m of text.matchAll(IPV6_PATTERN)) if (isIpv6(m[0])) add(m.index, m.index + m[0].length);
  }
  return found;
};
