import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { createChecker } from '../../../lib/checker';
import type { CheckOptions, CheckResult } from '../../../lib/checker/types';
import { HIGHLIGHT_NAMES } from '../../../lib/page/highlight';
import { effectivePolicy, NO_SOURCES } from '../../../lib/policy/merge';
import type { Enforcement } from '../../../lib/policy/schema';
import { SETTINGS_VERSION, USER_SETTINGS_KEY } from '../../../lib/policy/userSettings';
import type { ExtensionBrowser } from './chromium';

/** Sets enforcement as a user setting (storage.sync), which the policy service merges and publishes. */
export async function setEnforcement(browser: ExtensionBrowser, enforcement: Enforcement): Promise<void> {
  type Chrome = { storage: { sync: { set(items: object): Promise<void> } } };
  await browser.serviceWorker.evaluate(
    ([key, value]) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set({ [key]: value }),
    [USER_SETTINGS_KEY, { version: SETTINGS_VERSION, settings: { enforcement } }] as const,
  );
}

/** The text under every range SafePost highlights, by highlight name (read in the page's own world). */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('safepost-')) out[name] = [...highlight].map((r) => r.toString());
    });
    return out;
  });
}

export async function verdictIs(page: Page, selector: string, expected: string): Promise<void> {
  await expect.poll(() => page.getAttribute(selector, 'data-safepost-verdict'), { timeout: 5000 }).toBe(expected);
}

/** A button of SafePost's inline UI (Playwright's CSS selectors pierce its open shadow root). */
export const action = (page: Page, name: string) => page.locator(`safepost-ui [data-safepost-action="${name}"]`);
/** The badge of the field that got text last (its UI is rendered last). */
export const badge = (page: Page) => page.locator('safepost-ui [data-safepost-badge]').last();

/** Elements inside the editor that the site's own editor did not put there (SafePost must add none). */
export function foreignElements(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .evaluate((field) => field.querySelectorAll('safepost-ui, mark, [data-safepost-mark], [class^="sp-"]').length);
}

const checker = createChecker(effectivePolicy(NO_SOURCES).policy);

/** What the extension's checker makes of a draft under the built-in policy: tests follow the checker. */
export const checkLikeTheExtension = (text: string, options?: CheckOptions): CheckResult => checker.check(text, options);

/** The highlights SafePost should paint for a draft: each finding's text, by severity. */
export function expectedHighlights(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of checkLikeTheExtension(text).findings) (out[HIGHLIGHT_NAMES[f.severity]] ??= []).push(text.slice(f.start, f.end));
  return out;
}
