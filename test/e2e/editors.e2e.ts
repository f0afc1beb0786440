import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { action, badge, foreignElements, highlightedTexts, setEnforcement, verdictIs } from './harness/inline';
import { siteSessionForFile } from './harness/session';

/**
 * SafePost's edits in every rich editor the sites use, on the local copies: PHI is highlighted in
 * place; `redact` goes through the editor so its own model equals what is shown and what the site's
 * post button sends; the editor's own undo takes the change back; and submit keys are held.
 */
let page: Page;

const session = siteSessionForFile();
afterEach(async () => {
  await page?.close();
  await setEnforcement(session.browser, 'warn');
});

const PHI = 'Mrs Diaz, call 555-201-4477 about your surgery.';
const undoKey = process.platform === 'darwin' ? 'Meta+z' : 'Control+z';

interface EditorCase {
  name: string;
  host: string;
  path: string;
  open?: string;
  /** The field; Playwright's CSS selectors reach into open shadow roots. */
  field: string;
  model: string;
  submit: string;
}

const CASES: EditorCase[] = [
  {
    name: 'Lexical (Facebook create-post dialog)',
    host: 'www.facebook.com',
    path: '/riverside',
    open: '.composer-trigger',
    field: '[role="dialog"] [data-lexical-editor="true"]',
    model: 'post',
    submit: '[role="dialog"] .post-button',
  },
  {
    name: 'Lexical in a shadow root (Reddit shreddit-composer)',
    host: 'www.reddit.com',
    path: '/r/AskDocs/comments/1',
    field: 'shreddit-composer[name="comment"] [data-lexical-editor="true"]',
    model: 'comment',
    submit: 'shreddit-composer[name="comment"] button[slot="submit-button"]',
  },
  {
    name: 'ProseMirror/TipTap (Bluesky composer)',
    host: 'bsky.app',
    path: '/',
    open: '[data-testid="composeFAB"]',
    field: '[data-testid="composePostView"] .ProseMirror',
    model: 'post',
    submit: '[data-testid="composerPublishBtn"]',
  },
  {
    name: 'Quill in a shadow root (LinkedIn share box)',
    host: 'www.linkedin.com',
    path: '/feed/',
    open: '.share-box-feed-entry__trigger',
    field: '[data-test-modal-id="sharebox"] .ql-editor',
    model: 'post',
    submit: '.share-actions__primary-action',
  },
  {
    name: 'TipTap (LinkedIn comment box)',
    host: 'www.linkedin.com',
    path: '/feed/',
    field: '[data-view-name="comment-box"] .ProseMirror',
    model: 'comment',
    submit: '[data-view-name="comment-post"]',
  },
];

async function open(c: EditorCase): Promise<void> {
  page = await session.browser.context.newPage();
  await page.goto(session.server.url(c.host, c.path));
  if (c.open) await page.locator(c.open).click();
  await page.locator(c.field).click();
  await expect.poll(() => page.getAttribute(c.field, 'data-safepost'), { timeout: 10_000 }).toBe('watching');
}

const model = (name: string) => page.evaluate((n) => window.__model(n), name);
const posted = () => page.evaluate(() => window.__posted);
const shown = (selector: string) => page.locator(selector).evaluate((el) => (el as HTMLElement).innerText.replace(/\n+$/, ''));

describe.each(CASES)('$name', (c) => {
  it('highlights findings in place without touching the editor; redact, undo and post all agree with its model', async () => {
    await open(c);
    await page.keyboard.type(PHI);
    await verdictIs(page, c.field, 'block');
    await expect.poll(() => highlightedTexts(page).then((h) => Object.values(h).flat())).toContain('555-201-4477');
    expect(await foreignElements(page, c.field)).toBe(0);
    expect(await model(c.model)).toBe(PHI);

    await badge(page).click();
    await action(page, 'redact').click();
    // The checker's redaction depends on the field's context (the post a comment answers), so read it
    // from the page: what matters is that the editor's own model equals it, once, without the phone.
    await expect.poll(() => shown(c.field)).not.toBe(PHI);
    const redacted = await shown(c.field);
    expect(redacted).not.toContain('555-201-4477');
    expect(redacted.match(/call/g)).toHaveLength(1); // no duplicated text after the replacement
    await expect.poll(() => model(c.model)).toBe(redacted);
    expect(await foreignElements(page, c.field)).toBe(0);

    await page.locator(c.field).focus();
    await page.keyboard.press(undoKey);
    await expect.poll(() => model(c.model)).toBe(PHI);
    expect(await shown(c.field)).toBe(PHI);

    await badge(page).click();
    await action(page, 'redact').click();
    await expect.poll(() => model(c.model)).toBe(redacted);
    expect(await posted()).toEqual([]);
    await page.locator(c.submit).click();
    expect(await posted()).toEqual([redacted]);
  });
});

describe('submit keys under enforcement', () => {
  it('block: Ctrl/Cmd+Enter does not publish a block draft (Bluesky, TipTap)', async () => {
    await setEnforcement(session.browser, 'block');
    const c = CASES.find((x) => x.host === 'bsky.app')!;
    await open(c);
    await page.keyboard.type(PHI);
    await verdictIs(page, c.field, 'block');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('safepost-ui dialog[data-safepost-dialog="block"]').isVisible()).toBe(true);
    expect(await posted()).toEqual([]);
    expect(await model(c.model)).toBe(PHI);
  });

  it('confirm: Enter in a comment box that posts on Enter is held, and posting anyway sends it (Facebook, Lexical)', async () => {
    await setEnforcement(session.browser, 'confirm');
    page = await session.browser.context.newPage();
    await page.goto(session.server.url('www.facebook.com', '/riverside'));
    const field = '[role="article"] [data-lexical-editor="true"]';
    await page.locator(field).click();
    await page.keyboard.type(PHI);
    await verdictIs(page, field, 'block');
    await page.keyboard.press('Enter');
    const dialog = page.locator('safepost-ui dialog[data-safepost-dialog="confirm"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await posted()).toEqual([]);
    expect(await model('comment')).toBe(PHI);
    await dialog.locator('input[value="not_phi"]').check();
    await action(page, 'post-anyway').click();
    await expect.poll(posted).toEqual([PHI]);
  });
});
