import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordChecks, recordedChecks } from './harness/checks';
import { siteSessionForFile } from './harness/session';
import { SITE_CASES } from './harness/siteCases';

/**
 * Every supported site's compose fields, on local copies built with the editor each site uses, in
 * real Chromium with the built extension: the field is found (in shadow roots, after a placeholder is
 * clicked, when the app adds it later), PHI gets a warn/block verdict and benign text ok, a reply sends
 * the message it answers as context, and typing is never disturbed (the editor's own model holds
 * exactly what was typed, while checks land between keystrokes).
 */

const session = siteSessionForFile((started) => recordChecks(started.browser.serviceWorker));

const BENIGN = 'Happy Nurses Week to our amazing team!';
/** A draft with PHI, different in each test so the checks it causes can be told apart. */
const phi = (n: number) => `Call me at 555-201-${4400 + n} about your biopsy results`;
const POLL = { timeout: 10_000 };

async function verdict(page: Page, field: string) {
  const el = page.locator(field);
  return { verdict: await el.getAttribute('data-safepost-verdict'), findings: Number(await el.getAttribute('data-safepost-findings')) };
}

describe('compose fields on every supported site', () => {
  it.each(SITE_CASES.map((c, n) => ({ ...c, draft: phi(n) })))('$name', async ({ site, host, path, open, field, model, answers, draft }) => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(session.server.url(host, path));
      await open?.(page);
      await page.locator(field).click();
      await expect.poll(() => page.locator(field).getAttribute('data-safepost'), POLL).toBe('watching');

      // Slower than the check's debounce, so verdicts land between keystrokes (the X caret-jump trap).
      await page.keyboard.type(BENIGN, { delay: 70 });
      await expect.poll(() => verdict(page, field), POLL).toEqual({ verdict: 'ok', findings: 0 });
      expect(await page.evaluate((name) => window.__model(name), model)).toBe(BENIGN);

      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(draft);
      await expect.poll(() => page.evaluate((name) => window.__model(name), model), POLL).toBe(draft);
      await expect.poll(async () => (await verdict(page, field)).verdict, POLL).toMatch(/^(warn|block)$/);
      expect((await verdict(page, field)).findings).toBeGreaterThan(0);

      const sent = async () => (await recordedChecks(session.browser.serviceWorker)).find((c) => c.text === draft);
      await expect.poll(sent, POLL).toBeDefined();
      expect((await sent())!.site).toBe(site);
      if (answers) expect((await sent())!.inReplyTo).toContain(answers);
      else expect((await sent())!.inReplyTo).toBeUndefined();
    } finally {
      await page.close();
    }
  });
});

describe('fields that come and go', () => {
  it('finds a composer again each time the app re-creates it', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(session.server.url('bsky.app', '/'));
      const editor = '[data-testid="composePostView"] .ProseMirror';
      const drafts: [string, RegExp][] = [
        ['First draft about the blood drive', /^ok$/],
        ['Email jane.doe@example.com about your diagnosis', /^(warn|block)$/],
      ];
      for (const [text, expected] of drafts) {
        await page.locator('[data-testid="composeFAB"]').click();
        await page.locator(editor).click();
        await page.keyboard.type(text);
        await expect.poll(() => page.locator(editor).getAttribute('data-safepost-verdict'), POLL).toMatch(expected);
        await page.locator('[data-testid="composerPublishBtn"]').click();
        await expect.poll(() => page.locator(editor).count(), POLL).toBe(0);
      }
      expect(await page.evaluate(() => window.__posted)).toEqual(['First draft about the blood drive', 'Email jane.doe@example.com about your diagnosis']);
    } finally {
      await page.close();
    }
  });
});
