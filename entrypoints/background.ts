import { browser } from 'wxt/browser';
import { createHandlers, defaultDeps, isTrustedSender, routeMessage } from '../lib/backgroundRouter';
import { SUPPORTED_MATCH_PATTERNS } from '../lib/sites/hosts';
import { injectIntoOpenTabs, syncUserSiteScripts, userOrigins } from '../lib/userSites';

export default defineBackground(() => {
  const handlers = createHandlers(defaultDeps());
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    if (!isTrustedSender(sender, browser.runtime.id)) return false;
    // Answer through sendResponse: fakeBrowser and some browsers ignore a returned Promise.
    void routeMessage(handlers, message).then(sendResponse);
    return true;
  });

  browser.permissions.onAdded.addListener(async (added) => {
    await syncUserSiteScripts();
    await injectIntoOpenTabs(userOrigins(added.origins));
  });
  browser.permissions.onRemoved.addListener(() => void syncUserSiteScripts());
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    const userSites = await syncUserSiteScripts();
    // Chromium leaves tabs that were open during an install or update without the new content
    // script (Firefox starts it there itself): start it, so a draft open during an update is
    // watched again. The orphaned script it replaces stops itself (lib/page/lifetime.ts).
    if (!import.meta.env.FIREFOX && (reason === 'install' || reason === 'update')) {
      await injectIntoOpenTabs([...SUPPORTED_MATCH_PATTERNS, ...userSites]);
    }
  });
  browser.runtime.onStartup.addListener(() => void syncUserSiteScripts());
});
