import type { Candidate, Detector } from '../detector';
import { domainEnd } from './email';

/**
 * Web addresses and social handles. A link to a person's profile ("x.com/jdoe",
 * "instagram.com/jdoe", "linkedin.com/in/jdoe", "bsky.app/profile/…", any "/@user" path) points to
 * someone and is strong; any other link, an organisation's homepage above all, is weak.
 * "@name" handles (and Mastodon's "@name@server") are strong: they name an account.
 */
export const URL_PATTERN = /(?<![\w@.])(?:https?:\/\/|www\.)[^\s<>"'`]{2,2048}/gi;
/** Punctuation that ends a sentence rather than the link ("see https://x.com/jdoe."). */
const TRAILING_PUNCTUATION = new Set([...'.,;:!?)]}\'"»']);
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(url[end - 1]!)) end--;
  return url.slice(0, end);
}

/** Hosts whose first path segment (after an optional fixed prefix) is an account name. */
const PROFILE_PATHS: Readonly<Record<string, RegExp>> = {
  'x.com': /^\/(?!(?:home|search|explore|hashtag|i|intent|share|settings|messages|notifications)(?:\/|$))\w{1,15}\/?(?:$|\/status\/)/i,
  'twitter.com': /^\/(?!(?:home|search|explore|hashtag|i|intent|share|settings|messages|notifications)(?:\/|$))\w{1,15}\/?(?:$|\/status\/)/i,
  'facebook.com': /^\/(?:profile\.php\?id=\d+|(?!(?:groups|events|pages|watch|marketplace|sharer|share|help|policies)(?:\/|$))[\w.]{5,50}\/?$)/i,
  'instagram.com': /^\/(?!(?:p|reel|reels|explore|stories|accounts)(?:\/|$))[\w.]{1,30}\/?$/i,
  'threads.net': /^\/@[\w.]{1,30}/i,
  'tiktok.com': /^\/@[\w.]{1,24}/i,
  'youtube.com': /^\/(?:@[\w.-]{3,30}|c\/|user\/|channel\/)/i,
  'linkedin.com': /^\/in\//i,
  'reddit.com': /^\/(?:u|user)\//i,
  'bsky.app': /^\/profile\//i,
  't.me': /^\/\w{5,32}\/?$/i,
  'wa.me': /^\/\d{7,15}/,
  'medium.com': /^\/@/i,
};

function isProfile(url: string): boolean {
  const rest = url.replace(/^(?:https?:\/\/)?/i, '');
  const slash = rest.indexOf('/');
  const host = (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase().replace(/^(?:www|m|mobile|web)\./, '');
  const path = slash === -1 ? '' : rest.slice(slash);
  const profile = PROFILE_PATHS[host];
  if (profile) return profile.test(path);
  return /^\/@\w{1,30}\/?$/.test(path); // Mastodon and other fediverse servers
}

function detectUrls(text: string, found: Candidate[]): void {
  if (!text.includes('//') && !/www\./i.test(text)) return;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = withoutTrailingPunctuation(match[0]);
    if (url.length < 8) continue;
    const profile = isProfile(url);
    found.push({
      start: match.index,
      end: match.index + url.length,
      category: 'URL',
      ruleId: profile ? 'url.profile' : 'url',
      reason: { key: profile ? 'reason_contact_url_profile' : 'reason_contact_url' },
      strength: profile ? 'strong' : 'weak',
    });
  }
}

const isHandleChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** Characters that may stand right before a handle's "@": not a letter, digit or part of an email. */
const BEFORE_HANDLE = /[\s([{"'“‘«,;:!?]/;

function detectHandles(text: string, found: Candidate[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && !BEFORE_HANDLE.test(text[at - 1]!)) continue;
    let end = at + 1;
    while (end < text.length && end - at <= 30 && (isHandleChar(text.charCodeAt(end)) || (text[end] === '.' && isHandleChar(text.charCodeAt(end + 1))))) end++;
    if (end === at + 1) continue;
    if (text[end] === '@') {
      const server = domainEnd(text, end + 1);
      if (server !== -1) end = server;
    }
    found.push({ start: at, end, category: 'HANDLE', ruleId: 'handle', reason: { key: 'reason_contact_handle' }, strength: 'strong' });
    at = end - 1;
  }
}

export const detectUrlsAndHandles: Detector = ({ text }) => {
  const found: Candidate[] = [];
  detectUrls(text, found);
  if (text.includes('@')) detectHandles(text, found);
  return found;
};
