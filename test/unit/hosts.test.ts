import { describe, expect, it } from 'vitest';
import { SUPPORTED_MATCH_PATTERNS, siteForHost } from '../../lib/sites/hosts';

describe('supported hosts', () => {
  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['www.threads.com', 'threads'],
    ['old.reddit.com', 'reddit'],
    ['bsky.app', 'bluesky'],
    ['biz.yelp.com', 'yelp'],
    ['business.google.com', 'google-business'],
  ])('%s belongs to %s', (host, site) => {
    expect(siteForHost(host)).toBe(site);
  });

  it.each(['notx.com', 'x.com.evil.test', 'www.yelp.com', 'google.com', 'mail.google.com'])('%s is not a supported site', (host) => {
    expect(siteForHost(host)).toBeUndefined();
  });

  it('only asks for https hosts', () => {
    expect(SUPPORTED_MATCH_PATTERNS.every((p) => p.startsWith('https://'))).toBe(true);
  });
});
