import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncUserSiteScripts, userOrigins, userSitePattern } from '../../lib/userSites';

describe('user-enabled sites', () => {
  it.each([
    ['https://forum.example.org/t/123', 'https://forum.example.org/*'],
    ['http://127.0.0.1:8790/', 'http://127.0.0.1/*'],
    ['http://localhost:3000/x', 'http://localhost/*'],
  ])('%s is enabled with %s', (url, pattern) => {
    expect(userSitePattern(url)).toBe(pattern);
  });

  it.each(['https://x.com/home', 'https://www.reddit.com/r/nursing', 'chrome://extensions', 'http://example.org/', 'file:///tmp/a.html', 'not a url'])(
    '%s cannot or need not be enabled',
    (url) => {
      expect(userSitePattern(url)).toBeUndefined();
    },
  );

  it('keeps only the user’s own origins from the granted permissions', () => {
    expect(userOrigins(['https://x.com/*', 'https://*.x.com/*', 'https://forum.example.org/*', 'https://*/*', '<all_urls>'])).toEqual([
      'https://forum.example.org/*',
    ]);
  });

  it('registers one dynamic content script for exactly the granted user sites', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://x.com/*', 'https://forum.example.org/*'], permissions: [] } as never);
    const scripting = {
      getRegisteredContentScripts: vi.fn().mockResolvedValue([{ id: 'safepost-user-sites' }]),
      unregisterContentScripts: vi.fn().mockResolvedValue(undefined),
      registerContentScripts: vi.fn().mockResolvedValue(undefined),
    };
    Object.assign(fakeBrowser, { scripting });
    await expect(syncUserSiteScripts()).resolves.toEqual(['https://forum.example.org/*']);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['safepost-user-sites'] });
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ id: 'safepost-user-sites', matches: ['https://forum.example.org/*'], js: ['/content-scripts/content.js'] }),
    ]);
  });
});
