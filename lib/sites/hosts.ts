import { SITE_ADAPTERS, servesHost } from './index';

/** The supported sites, as the manifest, the popup and the policy name them. */
export const SUPPORTED_SITES = SITE_ADAPTERS.map(({ id, name, hosts }) => ({ id, name, hosts }));

export type SiteId = (typeof SITE_ADAPTERS)[number]['id'];

export const SUPPORTED_MATCH_PATTERNS: string[] = SITE_ADAPTERS.flatMap((site) =>
  site.hosts.flatMap((host) => (site.subdomains ? [`https://${host}/*`, `https://*.${host}/*`] : [`https://${host}/*`])),
);

/**
 * Sites beyond the supported ones, each granted at run time when the user enables it from the popup
 * (the loopback entries let the local demo page be enabled the same way). Never granted up front.
 */
export const OPTIONAL_HOST_PATTERNS: string[] = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

/** The supported site a host name belongs to, if any (www. and other subdomains included). */
export function siteForHost(hostname: string): SiteId | undefined {
  return SITE_ADAPTERS.find((site) => servesHost(site, hostname))?.id;
}
