import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { generic } from './generic';
import { googleBusiness } from './googleBusiness';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { threads } from './threads';
import { tiktok } from './tiktok';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';
import { yelp } from './yelp';

/**
 * Every supported site, one adapter file each. This list is the single source for the manifest's
 * host permissions, the content script's matches and the policy's per-site switches (see hosts.ts),
 * so a site cannot be half-supported: adding a site is adding its file and its line here.
 */
export const SITE_ADAPTERS = [x, facebook, instagram, threads, linkedin, reddit, youtube, tiktok, bluesky, mastodon, yelp, googleBusiness] as const;

/** Whether a host name belongs to a site (its hosts, and their subdomains where the site uses them). */
export function servesHost(site: Pick<SiteAdapter, 'hosts' | 'subdomains'>, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return site.hosts.some((h) => host === h || (site.subdomains && host.endsWith(`.${h}`)));
}

/** The adapter for a page's host name; the generic adapter for sites without one of their own. */
export function adapterForHost(hostname: string): SiteAdapter {
  return SITE_ADAPTERS.find((site) => servesHost(site, hostname)) ?? generic;
}
