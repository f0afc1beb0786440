/**
 * The sites SafePost watches out of the box. This list is the single source for the manifest's
 * host permissions, the content script's matches and the policy's per-site switches, so that a
 * site cannot be half-supported.
 */
export const SUPPORTED_SITES = [
  { id: 'x', name: 'X', hosts: ['x.com', 'twitter.com'] },
  { id: 'facebook', name: 'Facebook', hosts: ['facebook.com'] },
  { id: 'instagram', name: 'Instagram', hosts: ['instagram.com'] },
  { id: 'threads', name: 'Threads', hosts: ['threads.net', 'threads.com'] },
  { id: 'linkedin', name: 'LinkedIn', hosts: ['linkedin.com'] },
  { id: 'reddit', name: 'Reddit', hosts: ['reddit.com'] },
  { id: 'youtube', name: 'YouTube', hosts: ['youtube.com'] },
  { id: 'tiktok', name: 'TikTok', hosts: ['tiktok.com'] },
  { id: 'bluesky', name: 'Bluesky', hosts: ['bsky.app'] },
  { id: 'mastodon', name: 'Mastodon', hosts: ['mastodon.social'] },
  { id: 'yelp', name: 'Yelp for Business', hosts: ['biz.yelp.com'] },
  { id: 'google-business', name: 'Google Business Profile', hosts: ['business.google.com'] },
] as const;

export type SiteId = (typeof SUPPORTED_SITES)[number]['id'];

/** Hosts with a leading subdomain wildcard where the site serves the composer from subdomains too. */
const EXACT_HOSTS = new Set(['biz.yelp.com', 'business.google.com']);

export function matchPatternsFor(host: string): string[] {
  return EXACT_HOSTS.has(host) ? [`https://${host}/*`] : [`https://${host}/*`, `https://*.${host}/*`];
}

export const SUPPORTED_MATCH_PATTERNS: string[] = SUPPORTED_SITES.flatMap((site) =>
  site.hosts.flatMap(matchPatternsFor),
);

/**
 * Sites beyond the supported ones, each granted at run time when the user enables it from the popup
 * (the loopback entries let the local demo page be enabled the same way). Never granted up front.
 */
export const OPTIONAL_HOST_PATTERNS: string[] = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

/** The supported site a host name belongs to, if any (www. and other subdomains included). */
export function siteForHost(hostname: string): SiteId | undefined {
  const host = hostname.toLowerCase();
  for (const site of SUPPORTED_SITES) {
    for (const h of site.hosts) {
      if (host === h || (!EXACT_HOSTS.has(h) && host.endsWith(`.${h}`))) return site.id;
    }
  }
  return undefined;
}
