// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_STATE_KEY } from '../../lib/policy/client';
import { SETTINGS_VERSION, USER_SETTINGS_KEY } from '../../lib/policy/userSettings';
import { CASES, modelOf, openCase, startTrustBrowser, valuesOver, type TrustBrowser } from './harness/browser';
import { liveServiceWorker, type InBrowser } from './harness/extension';
import { waitFor } from './harness/poll';

/** In block mode a held draft stays in the box, untouched, and nothing is posted. */
let b: TrustBrowser;
const x = CASES.find((c) => c.site === 'x' && !c.open)!;
const PHI = 'Mrs Diaz, call 555-201-4477 about your surgery results';

beforeAll(async () => {
  b = await startTrustBrowser();
  const worker = await liveServiceWorker(b);
  await worker.evaluate(
    ([key, version]) => (globalThis as InBrowser).chrome.storage.sync.set({ [key]: { version, settings: { enforcement: 'block' } } }),
    [USER_SETTINGS_KEY, SETTINGS_VERSION] as const,
  );
  await waitFor(
    () => worker.evaluate((key) => (globalThis as InBrowser).chrome.storage.local.get(null).then((all) => (all[key] as { policy?: { enforcement?: string } } | undefined)?.policy?.enforcement), POLICY_STATE_KEY),
    (enforcement) => enforcement === 'block',
    'the background to apply the policy',
  );
});

afterAll(async () => {
  await b?.shutdown();
});

describe('enforcement never costs a draft', () => {
  it('holds a blocked draft on submit (click, then keyboard) and leaves it exactly as typed', async () => {
    const { page, field } = await openCase(b, x);
    await page.keyboard.type(PHI);
    await waitFor(() => field.getAttribute('data-safepost-verdict'), (v) => v === 'block', 'a block verdict');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await waitFor(() => page.locator('safepost-ui dialog').isVisible(), (v) => v, 'the hold dialog');
    expect(await valuesOver(() => modelOf(page, x), 400)).toEqual([PHI]);
    await page.locator('safepost-ui [data-safepost-action="fix"]').click(); // back to the draft, to fix it
    await waitFor(() => page.locator('safepost-ui dialog').isVisible(), (v) => !v, 'the dialog to close');
    await field.click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await waitFor(() => page.locator('safepost-ui dialog').isVisible(), (v) => v, 'the keyboard submit to be held too');
    expect(await valuesOver(() => modelOf(page, x), 400)).toEqual([PHI]);
    expect(await page.evaluate(() => window.__posted)).toEqual([]);
  });
});
