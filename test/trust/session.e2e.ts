// @vitest-environment node
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedCheck, expectVerdict, findingTexts, openCopy, startTrustBrowser, supportedCopies, type TrustBrowser } from './harness/browser';
import { dumpExtensionData, extensionUrl, liveServiceWorker, stopServiceWorkers, type InBrowser } from './harness/extension';
import { waitFor } from './harness/poll';
import { ConsoleRecorder, evaluateInContentScript, NetworkRecorder, type ExtensionRequest } from './harness/recorders';

/**
 * One full session of use — typing patient information on every site copy, in the popup and the
 * options page, a policy change, the service worker put to sleep and woken — recorded from outside:
 * every request by initiator, every console line, and everything stored afterwards.
 */
let b: TrustBrowser;
let network: NetworkRecorder;
let consoles: ConsoleRecorder;
/** Everything typed during the session, and the text of every finding in it. */
const typed: string[] = [];
let requestsDuringSession: ExtensionRequest[] = [];
let stored: string;
const sitesTyped: string[] = [];

const copies = supportedCopies();
const draftFor = (site: string) => `Mrs Quillon-${site}, call 555-201-4477 or quillon.${site}@example.org about your surgery results`;

async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(selector).first().click();
  await page.keyboard.type(text);
  typed.push(text);
}

beforeAll(async () => {
  b = await startTrustBrowser();
  network = new NetworkRecorder(b.context, b.extensionId);
  consoles = new ConsoleRecorder(b.context);

  for (const copy of copies) {
    const page = await b.context.newPage();
    await network.track(page);
    const { field } = await openCopy(b, copy, page);
    const text = draftFor(copy.site);
    await typeInto(page, copy.fields, text);
    await expectVerdict(field, expectedCheck(text).verdict);
    sitesTyped.push(copy.site);
  }

  const popup = await b.context.newPage();
  await popup.goto(extensionUrl(b, 'popup.html'));
  const popupText = 'Popup check: Mr Ostrander-popup, 555-201-9876, ostrander.popup@example.org, diagnosis cancer';
  await typeInto(popup, 'textarea', popupText);
  await waitFor(() => popup.locator('[data-testid="verdict"]').count(), (n) => n > 0, 'the popup verdict');

  const options = await b.context.newPage();
  await options.goto(extensionUrl(b, 'options.html'));
  await waitFor(() => options.locator('main').count(), (n) => n === 1, 'the options page');
  if ((await options.locator('textarea').count()) > 0) {
    await typeInto(options, 'textarea', 'Options test box: Ms Vandermeer-options, 555-201-1212, vandermeer.options@example.org, chemo');
  }

  // A policy change, through storage, as an admin console or the options page would make it.
  const worker = await liveServiceWorker(b);
  await worker.evaluate(() => (globalThis as InBrowser).chrome.storage.sync.set({ settings: { enforcement: 'confirm' } }));

  // The worker sleeps and wakes mid-session; checks go on.
  const first = copies[0]!;
  const { page: again, field } = await openCopy(b, first);
  await network.track(again);
  await stopServiceWorkers(again);
  const late = `Follow-up for Mr Brannigan-late, 555-201-0000, brannigan.late@example.org, his biopsy`;
  await typeInto(again, first.fields, late);
  await expectVerdict(field, expectedCheck(`${late}`).verdict);

  requestsDuringSession = [...network.extensionRequests];
  stored = (await dumpExtensionData(b)).json;
}, 240_000);

afterAll(async () => {
  await b?.shutdown();
});

const sensitive = () => [...typed, ...typed.flatMap(findingTexts)].filter((s) => s.length >= 4);

describe('a full session of use', () => {
  it('covers every supported site copy', () => {
    expect(sitesTyped).toEqual(copies.map((c) => c.site));
    expect(sitesTyped.length).toBeGreaterThanOrEqual(2);
  });

  it('makes no network request from the service worker, the extension pages or the content scripts', () => {
    expect(network.seen.length).toBeGreaterThan(0);
    expect(requestsDuringSession).toEqual([]);
  });

  it('stores none of the typed text nor any finding text (storage.local/sync/session, IndexedDB, caches)', () => {
    expect(sensitive().length).toBeGreaterThan(typed.length);
    for (const s of sensitive()) expect(stored, `stored: ${s}`).not.toContain(s);
  });

  it('logs none of the typed text nor any finding text in any console', () => {
    for (const s of sensitive()) expect(consoles.contains(s), `logged: ${s}`).toBe(false);
  });

  it('raises no uncaught error in any page', () => {
    expect(consoles.pageErrors).toEqual([]);
  });
});

describe('the recorders catch what they are meant to catch', () => {
  it('attributes a request from the content script, the service worker and an extension page', async () => {
    const copy = copies[0]!;
    const { page } = await openCopy(b, copy);
    await network.track(page);
    await evaluateInContentScript(page, b.extensionId, `fetch('https://collect.invalid/from-content-script').catch(() => 0)`);
    const worker = await liveServiceWorker(b);
    await worker.evaluate(() => fetch('https://collect.invalid/from-worker').catch(() => 0));
    const extPage = await b.context.newPage();
    await extPage.goto(extensionUrl(b, 'popup.html'));
    await extPage.evaluate(() => fetch('https://collect.invalid/from-popup').catch(() => 0));
    await expect
      .poll(() => network.extensionRequests.map((r) => new URL(r.url).pathname).sort(), { timeout: 10_000 })
      .toEqual(['/from-content-script', '/from-popup', '/from-worker']);
  });

  it('sees console output of the content script and the service worker', async () => {
    const { page } = await openCopy(b, copies[0]!);
    await evaluateInContentScript(page, b.extensionId, `console.log('probe-from-content-script')`);
    const worker = await liveServiceWorker(b);
    await worker.evaluate(() => console.log('probe-from-worker'));
    await expect.poll(() => consoles.contains('probe-from-content-script') && consoles.contains('probe-from-worker')).toBe(true);
  });

  it('sees uncaught errors and rejections of the content script', async () => {
    const { page } = await openCopy(b, copies[0]!);
    await evaluateInContentScript(page, b.extensionId, `setTimeout(() => { throw new Error('probe-uncaught') }); Promise.reject(new Error('probe-rejection')); 1`);
    await expect.poll(() => consoles.pageErrors.join('\n')).toMatch(/probe-uncaught[\s\S]*probe-rejection|probe-rejection[\s\S]*probe-uncaught/);
    consoles.pageErrors.length = 0;
  });

  it('finds text written to storage', async () => {
    const worker = await liveServiceWorker(b);
    await worker.evaluate(() => (globalThis as InBrowser).chrome.storage.session.set({ probe: 'probe-stored-text' }));
    expect((await dumpExtensionData(b)).json).toContain('probe-stored-text');
  });
});
