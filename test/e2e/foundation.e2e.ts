import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID } from './harness/chromium';
import { siteSessionForFile } from './harness/session';


const session = siteSessionForFile();

async function verdictOf(page: Page, selector: string, expected: string) {
  await expect.poll(() => page.getAttribute(selector, 'data-safepost-verdict'), { timeout: 5000 }).toBe(expected);
}

describe('foundation: the built extension in Chromium', () => {
  it('loads with the id pinned by the manifest key', () => {
    expect(session.browser.extensionId).toBe(EXTENSION_ID);
  });

  it('marks the X (Draft.js) composer and gets verdicts through the background', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('x.com', '/home'));
    const field = '[data-testid="tweetTextarea_0"]';
    await page.click(field);
    await expect.poll(() => page.getAttribute(field, 'data-safepost')).toBe('watching');

    await page.keyboard.type('Flu shots are available at every clinic this week.');
    await verdictOf(page, field, 'ok');
    expect(await page.getAttribute(field, 'data-safepost-findings')).toBe('0');

    await page.keyboard.type(' Mrs Diaz, call 555-201-4477 about your surgery.');
    await verdictOf(page, field, 'block');
    expect(Number(await page.getAttribute(field, 'data-safepost-findings'))).toBeGreaterThan(0);
    // Typing is not disturbed: Draft.js' own model holds exactly what was typed.
    expect(await page.evaluate(() => window.__model())).toBe(
      'Flu shots are available at every clinic this week. Mrs Diaz, call 555-201-4477 about your surgery.',
    );
    await page.close();
  });

  it('marks the Mastodon textarea and gets a verdict', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('mastodon.social', '/home'));
    const field = '.compose-form textarea';
    await expect.poll(() => page.getAttribute(field, 'data-safepost')).toBe('watching');
    await page.fill(field, 'Reminder for Mr. John Carter: your chemotherapy is on 12/03, call 555-201-4477');
    await verdictOf(page, field, 'block');
    await page.fill(field, 'Happy Nurses Week to our amazing team!');
    await verdictOf(page, field, 'ok');
    await page.close();
  });

  it('keeps the inline UI in one open shadow root host element', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('x.com', '/home'));
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('call me at 555-201-4477');
    await verdictOf(page, '[data-testid="tweetTextarea_0"]', 'warn');
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('safepost-ui')].map((h) => ({ open: h.shadowRoot !== null, parent: h.parentElement?.tagName })),
    );
    expect(hosts).toEqual([{ open: true, parent: 'BODY' }]);
    await page.close();
  });

  it('does not run on sites it was not enabled for', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('demo.safepost.test', '/'));
    await page.fill('textarea', 'call 555-201-4477');
    await page.waitForTimeout(500);
    expect(await page.getAttribute('textarea', 'data-safepost')).toBeNull();
    await page.close();
  });
});
