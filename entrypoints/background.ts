import { browser } from 'wxt/browser';
import { createHandlers, isTrustedSender, originOf, routeMessage, servePort } from '../lib/backgroundRouter';
import { startPolicyService } from '../lib/policy/policyService';
import { SUPPORTED_MATCH_PATTERNS } from '../lib/sites/hosts';
import { injectIntoOpenTabs, syncUserSiteScripts, userOrigins } from '../lib/userSites';
import { createFindingCounter } from '../lib/findingCounts';

export default defineBackground(() => {
  const policy = startPolicyService();
  const findingCounter = createFindingCounter();
  const handlers = createHandlers({
    checker: async () => {
      await policy.ready;
      return policy.checker();
    },
    policyState: async () => {
      await policy.ready;
      return policy.state();
    },
    onChecked: (result, origin) => {
      if (origin.counted) void findingCounter.record(origin.key, result);
    },
  });
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    if (!isTrustedSender(sender, browser.runtime.id)) return false;
    // Answer through sendResponse: fakeBrowser and some browsers ignore a returned Promise.
    void routeMessage(handlers, message, originOf(sender)).then(sendResponse);
    return true;
  });
  browser.runtime.onConnect.addListener((port) => servePort(port, handlers, browser.runtime.id));

  browser.permissions.onAdded.addListener(async (added) => {
    await syncUserSiteScripts();
    await injectIntoOpenTabs(userOrigins(added.origins));
  });
  browser.permissions.onRemoved.addListener(() => void syncUserSiteScripts());
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    const userSites = await syncUserSiteScripts();
    // After an update Chromium leaves open tabs with an orphaned content script and does not start
    // the new one there (Firefox does): start it, so a draft open during an update is watched
    // again; the orphan stops itself (lib/page/lifetime.ts). Not on install: a tab opened while
    // installing already gets the manifest's script, and a second live one would double the UI.
    if (!import.meta.env.FIREFOX && reason === 'update') {
      await injectIntoOpenTabs([...SUPPORTED_MATCH_PATTERNS, ...userSites]);
    }
  });
  browser.runtime.onStartup.addListener(() => void syncUserSiteScripts());
});
