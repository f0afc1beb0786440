import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../lib/checker/types';
import type { PolicyState } from '../../lib/policy/merge';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { removeManagedPolicy, writeManagedPolicy } from './harness/managedPolicy';
import { startSiteServer, type SiteServer } from './harness/server';

const ORG_PHONE = '555-201-4477';
const ENFORCED = { enforcement: 'block', allowedTerms: [ORG_PHONE], sites: { enabled: { mastodon: false } } };

let server: SiteServer;
let browser: ExtensionBrowser | undefined;

beforeAll(async () => {
  // A run killed mid-test could have left its file behind.
  await removeManagedPolicy();
  server = await startSiteServer();
});

afterEach(async () => {
  await browser?.close();
  browser = undefined;
  // The policy file would apply to every Chromium started later: remove it after each test.
  await removeManagedPolicy();
});

afterAll(async () => {
  await removeManagedPolicy();
  await server?.close();
});

async function optionsPage(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  return page;
}

/** The extension API as an extension page sees it (evaluated there, not here). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const getPolicy = (page: Page) => page.evaluate(() => chrome.runtime.sendMessage({ type: 'getPolicy' }) as Promise<PolicyState>);
const check = (page: Page, text: string) => page.evaluate((t) => chrome.runtime.sendMessage({ type: 'check', text: t }) as Promise<CheckResult>, text);

/** Chromium publishes an extension's policy once the extension has registered its schema: wait for it. */
async function policyInForce(page: Page, enforcement: string): Promise<PolicyState> {
  await expect.poll(async () => (await getPolicy(page)).policy.enforcement, { timeout: 15_000 }).toBe(enforcement);
  return getPolicy(page);
}

describe('managed policy from /etc/chromium/policies/managed', () => {
  it('enforces block and an allowed term, in the background and in the page, and shows them locked', async () => {
    await writeManagedPolicy(ENFORCED);
    browser = await launchWithExtension();
    const options = await optionsPage(browser);

    const state = await policyInForce(options, 'block');
    expect(state.policy.allowedTerms).toEqual([ORG_PHONE]);
    expect(state.locked.sort()).toEqual(['allowedTerms', 'enforcement', 'sites.enabled.mastodon']);
    expect(state.problems).toEqual([]);

    // The background's checker obeys the allowed term and still flags other numbers.
    const text = `Call us at ${ORG_PHONE} or 555-301-9988.`;
    const result = await check(options, text);
    expect(result.findings.map((f) => text.slice(f.start, f.end))).toEqual(['555-301-9988']);

    // The options page shows both settings locked, with the organisation's values.
    await expect.poll(() => options.locator('fieldset[data-setting="enforcement"]').getAttribute('data-locked')).toBe('true');
    for (const radio of await options.locator('fieldset[data-setting="enforcement"] input').all()) expect(await radio.isDisabled()).toBe(true);
    expect(await options.locator('fieldset[data-setting="enforcement"] input[value="block"]').isChecked()).toBe(true);
    expect(await options.locator('fieldset[data-setting="enforcement"] legend').textContent()).toContain('Set by your organization');
    expect(await options.locator('fieldset[data-setting="allowedTerms"] textarea').isDisabled()).toBe(true);
    expect(await options.locator('fieldset[data-setting="allowedTerms"] textarea').inputValue()).toBe(ORG_PHONE);
    expect(await options.locator('fieldset[data-setting="jurisdiction"] select').isDisabled()).toBe(false);

    // In a page: the organisation's phone alone is fine; a patient's number is not.
    const x = await browser.context.newPage();
    await x.goto(server.url('x.com', '/home'));
    const field = '[data-testid="tweetTextarea_0"]';
    await x.click(field);
    await x.keyboard.type(`Questions? Call ${ORG_PHONE}.`);
    await expect.poll(() => x.getAttribute(field, 'data-safepost-verdict'), { timeout: 5000 }).toBe('ok');
    await x.keyboard.type(' Or 555-301-9988.');
    await expect.poll(() => x.getAttribute(field, 'data-safepost-verdict'), { timeout: 5000 }).toBe('warn');

    // A site the organisation turned off is not watched.
    const mastodon = await browser.context.newPage();
    await mastodon.goto(server.url('mastodon.social', '/home'));
    await mastodon.fill('.compose-form textarea', 'call 555-301-9988');
    await mastodon.waitForTimeout(1000);
    expect(await mastodon.getAttribute('.compose-form textarea', 'data-safepost')).toBeNull();
  });

  it('keeps the last good policy when a broken one arrives, and the options page says what was refused', async () => {
    const profileDir = await mkdtemp(path.join(tmpdir(), 'safepost-policy-profile-'));
    try {
      await writeManagedPolicy(ENFORCED);
      browser = await launchWithExtension({ profileDir });
      await policyInForce(await optionsPage(browser), 'block');
      await browser.close();

      // The admin breaks the policy: a pattern SafePost cannot run in linear time. Chromium's own
      // schema check passes it (it is a string), so it reaches the extension, which refuses it.
      await writeManagedPolicy({ enforcement: 'warn', allowedTerms: [], customPatterns: [{ name: 'MRN', pattern: '(?<=MRN)\\d{6}' }] });
      browser = await launchWithExtension({ profileDir });
      const options = await optionsPage(browser);
      await expect
        .poll(async () => (await getPolicy(options)).problems.map((p) => `${p.source} ${p.path} ${p.reason.key}`), { timeout: 15_000 })
        .toEqual(['managed customPatterns[0].pattern policy_error_regex_invalid']);

      const state = await getPolicy(options);
      expect(state.policy.enforcement).toBe('block');
      expect(state.policy.allowedTerms).toEqual([ORG_PHONE]);
      expect((await check(options, `Call ${ORG_PHONE}`)).findings).toEqual([]);

      const problems = options.getByTestId('policy-problems');
      await expect.poll(() => problems.textContent()).toContain('Organization policy — customPatterns[0].pattern');
      expect(await problems.textContent()).toContain('The last good settings stay in force');
      expect(await options.locator('fieldset[data-setting="enforcement"] input[value="block"]').isChecked()).toBe(true);
    } finally {
      await browser?.close();
      browser = undefined;
      await rm(profileDir, { recursive: true, force: true });
    }
  });

  it('without managed policy, a setting changed on the options page reaches the background at once', async () => {
    browser = await launchWithExtension();
    const options = await optionsPage(browser);
    await policyInForce(options, 'warn');
    expect(await options.locator('fieldset[data-setting="enforcement"] input[value="confirm"]').isDisabled()).toBe(false);
    await options.locator('fieldset[data-setting="enforcement"] input[value="confirm"]').click();
    const state = await policyInForce(options, 'confirm');
    expect(state.locked).toEqual([]);
  });
});
