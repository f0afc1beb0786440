import { browser } from 'wxt/browser';
import { createHandlers, defaultDeps, isTrustedSender, routeMessage } from '../lib/backgroundRouter';
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
  browser.runtime.onInstalled.addListener(() => void syncUserSiteScripts());
  browser.runtime.onStartup.addListener(() => void syncUserSiteScripts());
});
