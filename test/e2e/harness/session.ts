import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { startSiteServer, type SiteServer } from './server';

export interface SiteSession {
  readonly server: SiteServer;
  readonly browser: ExtensionBrowser;
}

/**
 * The local site copies and one Chromium with the built extension, shared by the tests of one file:
 * started before them, closed after them (also when starting failed half-way).
 */
export function siteSessionForFile(onStarted?: (session: SiteSession) => Promise<void>): SiteSession {
  let server: SiteServer | undefined;
  let browser: ExtensionBrowser | undefined;
  const session: SiteSession = {
    get server() {
      if (!server) throw new Error('the site server is not started: use the session inside a test');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not started: use the session inside a test');
      return browser;
    },
  };
  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchWithExtension();
    await onStarted?.(session);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return session;
}
