import { siteForHost } from './hosts';
import { generic } from './generic';
import { mastodon } from './mastodon';
import type { SiteAdapter } from './types';
import { x } from './x';

const ADAPTERS: readonly SiteAdapter[] = [x, mastodon];

/** The adapter for a page's host name; the generic adapter for sites without one of their own. */
export function adapterForHost(hostname: string): SiteAdapter {
  const site = siteForHost(hostname);
  return ADAPTERS.find((a) => a.id === site) ?? generic;
}
