import { browser } from 'wxt/browser';
import { SUPPORTED_MATCH_PATTERNS, siteForHost } from './sites/hosts';

/** Id of the dynamic content script that runs SafePost on sites the user enabled. */
const USER_SITES_SCRIPT = 'safepost-user-sites';
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * The match pattern that enables SafePost on a page's site, or undefined where it cannot run
 * (browser pages, files) or already runs (supported sites).
 */
export function userSitePattern(pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (siteForHost(url.hostname)) return undefined;
  if (url.protocol === 'https:') return `https://${url.hostname}/*`;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return `http://${url.hostname}/*`;
  return undefined;
}

/** Granted origins that are the user's own additions, not the built-in supported sites. */
export function userOrigins(granted: readonly string[] | undefined): string[] {
  const builtIn = new Set(SUPPORTED_MATCH_PATTERNS);
  return (granted ?? []).filter((o) => !builtIn.has(o) && o !== '<all_urls>' && !o.includes('://*/'));
}

/**
 * Makes the dynamic content script match exactly the user's granted sites. Granted optional
 * permissions are the one record of which sites the user enabled, so nothing else is stored.
 */
export async function syncUserSiteScripts(): Promise<string[]> {
  const origins = userOrigins((await browser.permissions.getAll()).origins);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT] });
  if (origins.length) {
    await browser.scripting.registerContentScripts([
      { id: USER_SITES_SCRIPT, matches: origins, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return origins;
}

/** Starts SafePost in tabs already open on newly enabled sites, without a reload. */
export async function injectIntoOpenTabs(origins: string[]): Promise<void> {
  if (!origins.length) return;
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
}
