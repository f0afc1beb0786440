import type { SiteId } from '../sites/hosts';
import type { Policy } from './schema';

/**
 * Whether SafePost watches compose fields on a site under the policy: a supported site unless the
 * policy turns it off, a site the user added ('generic') only while the policy allows user sites.
 */
export function siteAllowed(policy: Policy, site: SiteId | 'generic'): boolean {
  return site === 'generic' ? policy.sites.allowUserSites : (policy.sites.enabled[site] ?? true);
}
