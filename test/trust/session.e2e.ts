// @vitest-environment node
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_SETTINGS_KEY, SETTINGS_VERSION } from '../../lib/policy/userSettings';
import { SITE_ADAPTERS } from '../../lib/sites';
import { CASES, findingTexts, openCase, startTrustBrowser, type TrustBrowser } from './harness/browser';
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
const casesTyped: string[] = [];
const FLAGGED = /^(warn|block)$/;
const draftFor = (n: number) => `Mrs Quillon${n}, call 555-201-44${String(n).padStart(2, '0')} or quillon.case${n}@example.org about your surgery results`;

async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(selector).first().click();
  await page.keyboard.type(text);
  typed.push(text);
}

beforeAll(async () => {
  b = await startTrustBrowser();
  network = new NetworkRecorder(b.context, b.extensionId);
  consoles = new ConsoleRecorder(b.context);

  for (const [n, c] of CASES.entries()) {
    const page = await b.context.newPage();
    await network.track(page);
    const { field } = await openCase(b, c, page);
    const text = draftFor(n);
    await page.keyboard.type(text);
    typed.push(text);
    await waitFor(() => field.getAttribute('data-safepost-verdict'), (v) => FLAGGED.test(v ?? ''), `${c.name}: a verdict`);
    casesTyped.push(c.name);
  }

  const popup = await b.context.newPage();
  await popup.goto(extensionUrl(b, 'popup.html'));
  const popupText = 'Popup check: Mr Ostrander-popup, 555-201-9876, ostrander.popup@example.org, diagnosis cancer';
  await typeInto(popup, '[data-testid="text"]', popupText);
  await waitFor(() => popup.locator('[data-testid="verdict"]').count(), (n) => n > 0, 'the popup verdict');

  const options = await b.context.newPage();
  await options.goto(extensionUrl(b, 'options.html'));
  await typeInto(options, '[data-testid="test-text"]', 'Options test box: Ms Vandermeer, 555-201-1212, vandermeer.options@example.org, chemo');
  await options.locator('[data-testid="test-check"]').click();
  await waitFor(() => options.locator('[data-testid="test-result"]').count(), (n) => n === 1, 'the options test box result');

  // A policy change through storage, as the options page makes it; it reaches the background live.
  const worker = await liveServiceWorker(b);
  await worker.evaluate(
    ([key, version]) =>
      (globalThis as InBrowser).chrome.storage.sync.set({ [key]: { version, settings: { enforcement: 'confirm', allowedTerms: ['Riverside Clinic'] } } }),
    [USER_SETTINGS_KEY, SETTINGS_VERSION] as const,
  );

  // The worker sleeps and wakes mid-session; checks go on.
  const first = CASES[0]!;
  const { page: again, field } = await openCase(b, first);
  await network.track(again);
  await stopServiceWorkers(again);
  const late = `Follow-up for Mr Brannigan, 555-201-0000, brannigan.late@example.org, his biopsy`;
  await again.keyboard.type(late);
  typed.push(late);
  await waitFor(() => field.getAttribute('data-safepost-verdict'), (v) => FLAGGED.test(v ?? ''), 'a verdict after the worker woke');

  requestsDuringSession = [...network.extensionRequests];
  stored = (await dumpExtensionData(b)).json;
}, 240_000);

afterAll(async () => {
  await b?.shutdown();
});

const sensitive = () => [...typed, ...typed.flatMap(findingTexts)].filter((s) => s.length >= 4);

describe('a full session of use', () => {
  it('covers every kind of compose field on every supported site', () => {
    expect(casesTyped).toEqual(CASES.map((c) => c.name));
    expect(new Set(CASES.map((c) => c.site))).toEqual(new Set(SITE_ADAPTERS.map((a) => a.id)));
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
    const { page } = await openCase(b, CASES[0]!);
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
    const { page } = await openCase(b, CASES[0]!);
    await evaluateInContentScript(page, b.extensionId, `console.log('probe-from-content-script')`);
    const worker = await liveServiceWorker(b);
    await worker.evaluate(() => console.log('probe-from-worker'));
    await expect.poll(() => consoles.contains('probe-from-content-script') && consoles.contains('probe-from-worker')).toBe(true);
  });

  it('sees uncaught errors and rejections of the content script', async () => {
    const { page } = await openCase(b, CASES[0]!);
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
