import type { Page, Request } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/checker';
import type { Lang } from '../../lib/checker/types';
import { t } from '../../lib/i18n';
import { FINDING_COUNTS_KEY } from '../../lib/findingCounts';
import { POLICY_STATE_KEY } from '../../lib/policy/client';
import { GOOD_SOURCES_KEY } from '../../lib/policy/policyService';
import { DEFAULT_POLICY } from '../../lib/policy/schema';
import { SETTINGS_VERSION, USER_SETTINGS_KEY } from '../../lib/policy/userSettings';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';

const POST = 'So proud of Mrs Diaz! Call her at 555-201-4477 about the surgery results.';
const expected = createChecker(DEFAULT_POLICY).check(POST);

let browser: ExtensionBrowser;
let popupOrigin: string;
/** Every request any page of the extension made that did not stay inside the extension. */
const outbound: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  popupOrigin = `chrome-extension://${browser.extensionId}`;
  // Reading the clipboard back is the test's doing; the popup itself only ever writes to it.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  browser.context.on('request', (request: Request) => {
    if (!request.url().startsWith(popupOrigin)) outbound.push(request.url());
  });
});

afterAll(async () => {
  await browser?.close();
});

async function openPopup(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`${popupOrigin}/popup.html`);
  await page.waitForSelector('[data-testid="text"]');
  return page;
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName.toLowerCase());

describe('popup of the built extension', () => {
  it('checks a pasted post: verdict, findings with reasons, and the redacted text on the clipboard', async () => {
    expect(expected.verdict).not.toBe('ok');
    const page = await openPopup();
    expect(await focusedTestId(page)).toBe('text');

    await page.keyboard.insertText(POST);
    await expect.poll(() => page.getAttribute('[data-testid="verdict"]', 'data-verdict')).toBe(expected.verdict);
    expect(await page.textContent('[data-testid="verdict"]')).toBe(
      t('en', `popup_verdict_${expected.verdict}_other`, { count: expected.findings.filter((f) => f.severity !== 'info').length }),
    );
    expect(await page.locator('[data-testid="marked-text"] mark').allTextContents()).toEqual(
      expected.findings.map((f) => POST.slice(f.start, f.end)),
    );
    const items = await page.locator('[data-testid="findings"] li').allTextContents();
    expect(items).toHaveLength(expected.findings.length);
    expected.findings.forEach((f, i) => expect(items[i]).toContain(t('en', f.reason.key, f.reason.values)));

    await page.click('[data-testid="copy-redacted"]');
    await expect.poll(() => page.textContent('[data-testid="copied"]')).toBe(t('en', 'popup_copied_redacted'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(expected.redacted);
    expect(copied).not.toContain('555-201-4477');
    await page.close();
  });

  it('suggests, and copies, the private-channel reply when the draft answers a patient about their care', async () => {
    const answered = 'I had my surgery at your hospital last week and I still have pain.';
    const draft = 'Thanks for your message!';
    const suggested = createChecker(DEFAULT_POLICY).check(draft, { inReplyTo: answered });
    expect(suggested.reply).toBeTruthy();
    const page = await openPopup();
    await page.keyboard.insertText(draft);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // opens "Is this a reply?"
    await page.keyboard.press('Tab');
    await page.keyboard.insertText(answered);
    await expect.poll(() => page.textContent('[data-testid="reply"] blockquote')).toBe(suggested.reply);
    await page.click('[data-testid="copy-reply"]');
    await expect.poll(() => page.textContent('[data-testid="copied"]')).toBe(t('en', 'popup_copied_reply'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(suggested.reply);
    await page.close();
  });

  it('fits 400×600 and moves through its controls with Tab, focus visible', async () => {
    const page = await openPopup();
    await page.keyboard.insertText(POST);
    await page.waitForSelector('[data-testid="copy-redacted"]');
    const size = await page.evaluate(() => ({ width: document.body.scrollWidth, height: document.body.getBoundingClientRect().height }));
    expect(size.width).toBeLessThanOrEqual(400);
    expect(size.height).toBeLessThanOrEqual(600);

    const order: (string | undefined)[] = [];
    const outlines: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await focusedTestId(page));
      outlines.push(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle));
    }
    expect(order).toEqual(['summary', 'marked-text', 'copy-redacted', 'open-options']);
    expect(outlines.every((o) => o !== 'none')).toBe(true);

    await page.keyboard.press('Escape');
    expect(await page.inputValue('[data-testid="text"]')).toBe(POST);
    await page.close();
  });

  it('keeps the text to itself: nothing stored, no request out of the extension', async () => {
    const page = await openPopup();
    await page.keyboard.insertText(POST);
    await page.waitForSelector('[data-testid="findings"]');
    const stored = await page.evaluate(async () => {
      // The page's own chrome.* (promise-based in MV3), typed like the polyfill.
      const { storage } = (globalThis as unknown as { chrome: Browser }).chrome;
      const all = await Promise.all([storage.local.get(null), storage.sync.get(null), storage.session.get(null)]);
      return { all, local: localStorage.length, session: sessionStorage.length };
    });
    // Only the published policy and the per-category counts are kept, and none of the text.
    const [local, sync, session] = stored.all;
    expect(Object.keys(local!).sort()).toEqual([FINDING_COUNTS_KEY, GOOD_SOURCES_KEY, POLICY_STATE_KEY].sort());
    const categories = [...new Set(expected.findings.map((f) => f.category))].sort();
    expect(Object.values(local![FINDING_COUNTS_KEY] as Record<string, object>).map((day) => Object.keys(day).sort())).toEqual([categories]);
    for (const piece of expected.findings.map((f) => POST.slice(f.start, f.end))) expect(JSON.stringify(stored.all)).not.toContain(piece);
    expect({ sync, session, local: stored.local, sessionStorage: stored.session }).toEqual({ sync: {}, session: {}, local: 0, sessionStorage: 0 });
    expect(outbound).toEqual([]);
    await page.close();
  });

  it('speaks the language chosen in the settings, and switches while open', async () => {
    const page = await openPopup();
    const label = () => page.textContent('label[for$="-text"]');
    // The background re-resolves the policy on a settings change; Chromium answers its storage.managed read slowly.
    const speaks = (lang: Lang) => expect.poll(label, { timeout: 8000 }).toBe(t(lang, 'popup_text_label'));
    expect(await label()).toBe(t('en', 'popup_text_label'));
    const choose = (uiLanguage: string) =>
      page.evaluate(
        async ({ key, version, uiLanguage }) => {
          // What the options page saves: the user's settings, in storage.sync.
          const { storage } = (globalThis as unknown as { chrome: Browser }).chrome;
          await storage.sync.set({ [key]: { version, settings: { uiLanguage } } });
        },
        { key: USER_SETTINGS_KEY, version: SETTINGS_VERSION, uiLanguage },
      );
    await choose('fr');
    await speaks('fr');
    await page.reload();
    await speaks('fr');
    expect(await page.getAttribute('main', 'lang')).toBe('fr');
    await choose('tr');
    await speaks('tr');
    await page.evaluate(() => (globalThis as unknown as { chrome: Browser }).chrome.storage.sync.clear());
    await speaks('en');
    await page.close();
  });
});
