// @vitest-environment node
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectedCheck,
  expectVerdict,
  modelOf,
  openCopy,
  startTrustBrowser,
  supportedCopies,
  valuesOver,
  type SupportedCopy,
  type TrustBrowser,
} from './harness/browser';
import { extensionsPage, extensionUrl, liveServiceWorker, stopServiceWorkers, type InBrowser } from './harness/extension';
import { waitFor } from './harness/poll';
import { ConsoleRecorder } from './harness/recorders';

/**
 * A draft is never lost: SafePost does not touch it without a click, and whatever happens to the
 * extension mid-edit (its worker stopped, the extension reloaded or disabled) the page keeps working
 * with the draft intact. Every site copy is open in its own tab through all of it.
 */
interface Tab {
  copy: SupportedCopy;
  page: Page;
  field: Locator;
  draft: string;
}

let b: TrustBrowser;
let consoles: ConsoleRecorder;
const tabs: Tab[] = [];

async function append(tab: Tab, text: string) {
  await tab.field.click();
  await tab.page.keyboard.press('Control+End');
  await tab.page.keyboard.type(text);
  tab.draft += text;
}

const uiHosts = (page: Page) => page.evaluate(() => document.querySelectorAll('safepost-ui').length);

beforeAll(async () => {
  b = await startTrustBrowser();
  consoles = new ConsoleRecorder(b.context);
  for (const copy of supportedCopies()) {
    const { page, field } = await openCopy(b, copy);
    const tab = { copy, page, field, draft: '' };
    await append(tab, `Dear Mr Halloran, your biopsy results are in; call 555-201-4477.`);
    await expectVerdict(field, expectedCheck(tab.draft).verdict);
    tabs.push(tab);
  }
}, 120_000);

afterAll(async () => {
  await b?.shutdown();
});

describe('no draft lost', () => {
  it('never changes a draft by itself: after typing and checking, the editor model stays what was typed', async () => {
    for (const tab of tabs) {
      expect(expectedCheck(tab.draft).verdict).not.toBe('ok'); // there was something to "fix"
      expect(await valuesOver(() => modelOf(tab.page), 600)).toEqual([tab.draft]);
    }
  });

  it('keeps checking, with every draft intact, after the service worker is stopped', async () => {
    await stopServiceWorkers(tabs[0]!.page);
    for (const tab of tabs) {
      expect(await modelOf(tab.page)).toBe(tab.draft);
      await append(tab, ' Thanks for your patience.');
      await expectVerdict(tab.field, expectedCheck(tab.draft).verdict);
      expect(await modelOf(tab.page)).toBe(tab.draft);
    }
    expect(consoles.pageErrors).toEqual([]);
  });

  it('keeps every draft when the extension is reloaded mid-edit, then checks again', async () => {
    await extensionsPage(b);
    const worker = await liveServiceWorker(b);
    await worker.evaluate(() => setTimeout(() => (globalThis as InBrowser).chrome.runtime.reload(), 10));
    for (const tab of tabs) {
      await waitFor(() => modelOf(tab.page), (m) => m === tab.draft, `the ${tab.copy.site} draft to stay`);
      await append(tab, ' Call us back at 555-201-9999.');
      await waitFor(
        async () => ({ verdict: await tab.field.getAttribute('data-safepost-verdict'), ui: await uiHosts(tab.page) }),
        (s) => s.verdict === expectedCheck(tab.draft).verdict && s.ui === 1,
        `${tab.copy.site}: a verdict for the edited draft from the restarted content script`,
        15_000,
      );
      expect(await modelOf(tab.page)).toBe(tab.draft);
    }
    expect(consoles.pageErrors).toEqual([]);
  });

  it('keeps every draft when the extension is disabled mid-edit; the page keeps working and SafePost goes quiet', async () => {
    const settings = await extensionsPage(b);
    await settings.evaluate((id) => (globalThis as InBrowser).chrome.management.setEnabled(id, false), b.extensionId);
    for (const tab of tabs) {
      await append(tab, ' Bye.');
      await waitFor(
        async () => ({ watched: await tab.field.getAttribute('data-safepost'), ui: await uiHosts(tab.page) }),
        (s) => s.watched === null && s.ui === 0,
        `${tab.copy.site}: the orphaned content script to remove its marks and UI`,
      );
      expect(await modelOf(tab.page)).toBe(tab.draft);
      // The site's own post button still posts the whole draft.
      await tab.page.locator(tab.copy.submit).first().click();
      await waitFor(() => tab.page.evaluate(() => window.__posted.at(-1)), (p) => p === tab.draft, `${tab.copy.site} to post the draft`);
    }
    expect(consoles.pageErrors).toEqual([]);
    await settings.evaluate((id) => (globalThis as InBrowser).chrome.management.setEnabled(id, true), b.extensionId);
    // Enabled again, it watches the next page that opens.
    const { field } = await openCopy(b, tabs[0]!.copy);
    expect(await field.getAttribute('data-safepost')).toBe('watching');
  });

  it('the extension pages keep working after all of it', async () => {
    const popup = await b.context.newPage();
    await popup.goto(extensionUrl(b, 'popup.html'));
    await popup.locator('textarea').fill('call 555-201-4477');
    await waitFor(() => popup.locator('[data-testid="verdict"]').count(), (n) => n > 0, 'a popup verdict');
  });
});
