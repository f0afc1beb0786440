// @vitest-environment node
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../lib/sites';
import type { SiteCase } from '../e2e/harness/siteCases';
import { CASES, modelOf, openCase, startTrustBrowser, valuesOver, type TrustBrowser } from './harness/browser';
import { extensionsPage, extensionUrl, reloadExtension, stopServiceWorkers, type InBrowser } from './harness/extension';
import { waitFor } from './harness/poll';
import { ConsoleRecorder } from './harness/recorders';

/**
 * A draft is never lost: SafePost does not touch it without a click, and whatever happens to the
 * extension mid-edit (its worker stopped, the extension reloaded or disabled) the page keeps working
 * with the draft intact. Every site copy is open in its own tab through all of it.
 */
interface Tab {
  c: SiteCase;
  page: Page;
  field: Locator;
  draft: string;
}

let b: TrustBrowser;
let consoles: ConsoleRecorder;
const tabs: Tab[] = [];
/** Drafts whose verdicts differ in any context (the sites' e2e test holds them to it), so each phase proves a fresh check. */
const BENIGN = 'Happy Nurses Week to our amazing team!';
const PHI = 'Call me at 555-201-4477 about your biopsy results';
const FLAGGED = /^(warn|block)$/;

async function replaceDraft(tab: Tab, text: string) {
  await tab.field.click();
  await tab.page.keyboard.press('ControlOrMeta+a');
  await tab.page.keyboard.type(text);
  tab.draft = text;
  await waitFor(() => modelOf(tab.page, tab.c), (m) => m === text, `${tab.c.name}: the editor to hold the new draft`);
}

/** Runs a step in every tab at once: each tab's page is independent, and the suite stays fast. */
const eachTab = (step: (tab: Tab) => Promise<void>) => Promise.all(tabs.map(step));
const verdictOf = (tab: Tab) => tab.field.getAttribute('data-safepost-verdict');
const uiHosts = (page: Page) => page.evaluate(() => document.querySelectorAll('safepost-ui').length);

beforeAll(async () => {
  b = await startTrustBrowser();
  consoles = new ConsoleRecorder(b.context);
  for (const c of CASES) tabs.push({ c, ...(await openCase(b, c)), draft: '' });
  await eachTab(async (tab) => {
    await replaceDraft(tab, PHI);
    await waitFor(() => verdictOf(tab), (v) => FLAGGED.test(v ?? ''), `${tab.c.name}: a warn/block verdict`);
  });
}, 240_000);

afterAll(async () => {
  await b?.shutdown();
});

describe('no draft lost', () => {
  it('covers every kind of compose field on every supported site', () => {
    expect(new Set(tabs.map((t) => t.c.site))).toEqual(new Set(SITE_ADAPTERS.map((a) => a.id)));
  });

  it('never changes a draft by itself: after typing and checking, the editor model stays what was typed', async () => {
    await eachTab(async (tab) => expect(await valuesOver(() => modelOf(tab.page, tab.c), 400)).toEqual([PHI]));
  });

  it('keeps checking, with every draft intact, after the service worker is stopped', async () => {
    await stopServiceWorkers(tabs[0]!.page);
    await eachTab(async (tab) => {
      expect(await modelOf(tab.page, tab.c)).toBe(PHI);
      await replaceDraft(tab, BENIGN);
      await waitFor(() => verdictOf(tab), (v) => v === 'ok', `${tab.c.name}: a verdict from the woken worker`);
    });
    expect(consoles.pageErrors).toEqual([]);
  });

  it('keeps every draft when the extension is reloaded mid-edit, then checks again', async () => {
    await reloadExtension(b);
    await eachTab(async (tab) => {
      expect(await modelOf(tab.page, tab.c)).toBe(BENIGN);
      await replaceDraft(tab, PHI);
      await waitFor(
        async () => ({ verdict: await verdictOf(tab), ui: await uiHosts(tab.page) }),
        (s) => FLAGGED.test(s.verdict ?? '') && s.ui === 1,
        `${tab.c.name}: a verdict for the edited draft from the restarted content script`,
        15_000,
      );
    });
    expect(consoles.pageErrors).toEqual([]);
  });

  it('keeps every draft when the extension is disabled mid-edit; the page keeps working and SafePost goes quiet', async () => {
    const settings = await extensionsPage(b);
    await settings.evaluate((id) => (globalThis as InBrowser).chrome.management.setEnabled(id, false), b.extensionId);
    await eachTab(async (tab) => {
      expect(await modelOf(tab.page, tab.c)).toBe(PHI);
      await replaceDraft(tab, BENIGN);
      await waitFor(
        async () => ({ watched: await tab.field.getAttribute('data-safepost'), ui: await uiHosts(tab.page) }),
        (s) => s.watched === null && s.ui === 0,
        `${tab.c.name}: the orphaned content script to remove its marks and UI`,
      );
      expect(await modelOf(tab.page, tab.c)).toBe(BENIGN);
    });
    expect(consoles.pageErrors).toEqual([]);
    await settings.evaluate((id) => (globalThis as InBrowser).chrome.management.setEnabled(id, true), b.extensionId);
    // Enabled again, it watches the next page that opens.
    const { field } = await openCase(b, tabs[0]!.c);
    expect(await field.getAttribute('data-safepost')).toBe('watching');
  });

  it('the extension pages keep working after all of it', async () => {
    const popup = await b.context.newPage();
    await popup.goto(extensionUrl(b, 'popup.html'));
    await popup.locator('[data-testid="text"]').fill('call 555-201-4477');
    await waitFor(() => popup.locator('[data-testid="verdict"]').count(), (n) => n > 0, 'a popup verdict');
  });
});
