import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { findingId, redactExcept } from '../../lib/page/findingsView';
import {
  action,
  badge,
  checkLikeTheExtension,
  expectedHighlights,
  foreignElements,
  highlightedTexts,
  setEnforcement,
  verdictIs,
} from './harness/inline';
import { siteSessionForFile } from './harness/session';

let page: Page;

const session = siteSessionForFile();
afterEach(async () => {
  await page?.close();
  await setEnforcement(session.browser, 'warn');
});

const PHI = 'Mrs Diaz, call 555-201-4477 about your surgery.';
const CHECKED = checkLikeTheExtension(PHI);
const REDACTED = CHECKED.redacted;
const undoKey = process.platform === 'darwin' ? 'Meta+z' : 'Control+z';

const X_FIELD = '[data-testid="tweetTextarea_0"]';
const MASTODON_FIELD = '.compose-form textarea';

async function openX(): Promise<Page> {
  page = await session.browser.context.newPage();
  await page.goto(session.server.url('x.com', '/home'));
  await page.click(X_FIELD);
  await expect.poll(() => page.getAttribute(X_FIELD, 'data-safepost')).toBe('watching');
  return page;
}

async function openMastodon(): Promise<Page> {
  page = await session.browser.context.newPage();
  await page.goto(session.server.url('mastodon.social', '/home'));
  await expect.poll(() => page.getAttribute(MASTODON_FIELD, 'data-safepost')).toBe('watching');
  await page.click(MASTODON_FIELD);
  return page;
}

/** What the editor shows, read from its DOM in the page. */
const shownText = (p: Page, selector: string) =>
  p.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    return el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText.trim();
  }, selector);

describe('Draft.js (X copy)', () => {
  it('highlights each finding in place, with a badge and a panel that explains it', async () => {
    await openX();
    await page.keyboard.type(PHI);
    await verdictIs(page, X_FIELD, 'block');
    await expect.poll(() => highlightedTexts(page)).toMatchObject(expectedHighlights(PHI));
    await expect.poll(() => badge(page).getAttribute('aria-label')).toContain(String(CHECKED.findings.length));
    await badge(page).click();
    const panel = page.locator('safepost-ui [role="dialog"]');
    for (const f of CHECKED.findings) await expect.poll(() => panel.innerText()).toContain(t('en', `category_${f.category}`));
    expect(await foreignElements(page, X_FIELD)).toBe(0);
  });

  it('keeps the badge by the field when the page reflows above it, without scrolling', async () => {
    await openX();
    await page.keyboard.type(PHI);
    await verdictIs(page, X_FIELD, 'block');
    const offset = async () => {
      const [b, f] = await Promise.all([badge(page).boundingBox(), page.locator(X_FIELD).boundingBox()]);
      return Math.round(b!.y - f!.y);
    };
    await expect.poll(offset).not.toBeNaN();
    const before = await offset();
    const fieldTop = (await page.locator(X_FIELD).boundingBox())!.y;
    // A feed item arriving above the composer pushes it down; nothing scrolls, nothing is typed.
    await page.evaluate((sel) => {
      const banner = document.createElement('div');
      banner.style.height = '120px';
      const field = document.querySelector(sel)!;
      const main = field.closest('main') ?? document.body;
      main.prepend(banner);
    }, X_FIELD);
    await expect.poll(async () => (await page.locator(X_FIELD).boundingBox())!.y).toBeGreaterThan(fieldTop + 100);
    await expect.poll(offset).toBe(before);
  });

  it('never moves the caret or touches the editor while the user types', async () => {
    await openX();
    // Pauses longer than the debounce, so checks land between keystrokes.
    for (const part of ['Mrs Diaz, call ', '555-201-', '4477 about ', 'your surgery.']) {
      await page.keyboard.type(part, { delay: 15 });
      await page.waitForTimeout(150);
    }
    expect(await page.evaluate(() => window.__model())).toBe(PHI);
    expect(await foreignElements(page, X_FIELD)).toBe(0);
  });

  it('redacts through Draft.js: its model, the screen and the post agree; Ctrl+Z restores the draft', async () => {
    await openX();
    await page.keyboard.type(PHI);
    await verdictIs(page, X_FIELD, 'block');
    await badge(page).click();
    await action(page, 'redact').click();
    await expect.poll(() => page.evaluate(() => window.__model())).toBe(REDACTED);
    expect(await shownText(page, X_FIELD)).toBe(REDACTED);
    await verdictIs(page, X_FIELD, 'ok');
    expect(await page.evaluate(() => window.__posted)).toEqual([]); // the click in the panel submitted nothing

    await page.keyboard.press(undoKey);
    await expect.poll(() => page.evaluate(() => window.__model())).toBe(PHI);
    expect(await shownText(page, X_FIELD)).toBe(PHI);

    await badge(page).click();
    await action(page, 'redact').click();
    await expect.poll(() => page.evaluate(() => window.__model())).toBe(REDACTED);
    await page.click('[data-testid="tweetButtonInline"]');
    expect(await page.evaluate(() => window.__posted)).toEqual([REDACTED]);
  });

  it('offers the private-channel reply to a patient and inserts it through the editor', async () => {
    await openX();
    await page.click('[data-testid="reply"]');
    const reply = '[data-testid="tweetTextarea_1"]';
    await page.click(reply);
    const draft = 'Your results are in, we saw you on Tuesday.';
    const answered = await page.locator('[role="dialog"] [data-testid="tweetText"]').innerText();
    const checked = checkLikeTheExtension(draft, { inReplyTo: answered, site: 'x' });
    expect(checked.suggestPrivateChannel).toBe(true);
    const expected = checked.reply!;
    await page.keyboard.type(draft);
    await expect.poll(() => page.getAttribute(reply, 'data-safepost-verdict')).not.toBeNull();
    await page.locator('safepost-ui [data-safepost-field] [data-safepost-badge]').last().click();
    await action(page, 'insert-reply').click();
    await expect.poll(() => shownText(page, reply)).toBe(expected);
    await page.click('[data-testid="tweetButton"]');
    expect(await page.evaluate(() => window.__posted)).toEqual([expected]);
  });
});

describe('React-controlled textarea (Mastodon copy)', () => {
  it('marks findings in an overlay over the textarea, without touching it', async () => {
    await openMastodon();
    await page.keyboard.type(PHI);
    await verdictIs(page, MASTODON_FIELD, 'block');
    const marks = page.locator('safepost-ui [data-safepost-mark]');
    await expect.poll(() => marks.allInnerTexts()).toEqual(CHECKED.findings.map((f) => PHI.slice(f.start, f.end)));
    // The overlay lies over the textarea.
    const [field, overlay] = await Promise.all([
      page.locator(MASTODON_FIELD).boundingBox(),
      page.locator('safepost-ui .sp-mirror').boundingBox(),
    ]);
    expect(overlay).toEqual(field);
  });

  it('redacts through React’s value tracking; the form posts the new text; Ctrl+Z restores', async () => {
    await openMastodon();
    await page.keyboard.type(PHI);
    await verdictIs(page, MASTODON_FIELD, 'block');
    await badge(page).click();
    await action(page, 'ignore').first().click(); // a click in the panel does not submit the site's form
    expect(await page.evaluate(() => window.__posted)).toEqual([]);
    await action(page, 'redact').click();
    await expect.poll(() => page.evaluate(() => window.__model())).toBe(redactExcept(PHI, CHECKED, [findingId(PHI, CHECKED.findings[0]!)]));
    await page.keyboard.press(undoKey);
    await expect.poll(() => page.evaluate(() => window.__model())).toBe(PHI);
    expect(await shownText(page, MASTODON_FIELD)).toBe(PHI);
  });

  it('counts a pasted image and reminds that patient photos need authorization', async () => {
    await openMastodon();
    await page.keyboard.type('Our new clinic garden!');
    await verdictIs(page, MASTODON_FIELD, 'ok');
    await page.evaluate((sel) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'ward.png', { type: 'image/png' }));
      document.querySelector(sel)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, MASTODON_FIELD);
    await expect.poll(() => badge(page).getAttribute('data-safepost-badge')).not.toBe('ok');
    await badge(page).click();
    await expect.poll(() => page.locator('safepost-ui [role="dialog"]').innerText()).toContain(t('en', 'reason_attachment_photo', { count: 1 }));
  });
});

describe('enforcement', () => {
  it('warn: posts a flagged draft without interfering', async () => {
    await openX();
    await page.keyboard.type(PHI);
    await verdictIs(page, X_FIELD, 'block');
    await page.click('[data-testid="tweetButtonInline"]');
    expect(await page.evaluate(() => window.__posted)).toEqual([PHI]);
  });

  it('block: a block draft does not go out until fixed, and the draft is kept', async () => {
    await setEnforcement(session.browser, 'block');
    await openX();
    await page.keyboard.type(PHI);
    await verdictIs(page, X_FIELD, 'block');
    await page.click('[data-testid="tweetButtonInline"]');
    const dialog = page.locator('safepost-ui dialog[data-safepost-dialog="block"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await action(page, 'post-anyway').count()).toBe(0);
    expect(await page.evaluate(() => window.__posted)).toEqual([]);
    expect(await page.evaluate(() => window.__model())).toBe(PHI);

    await dialog.locator('[data-safepost-action="redact"]').click();
    await expect.poll(() => page.evaluate(() => window.__model())).toBe(REDACTED);
    await verdictIs(page, X_FIELD, 'ok');
    await page.click('[data-testid="tweetButtonInline"]');
    expect(await page.evaluate(() => window.__posted)).toEqual([REDACTED]);
  });

  it('confirm: a flagged submit is held; posting anyway with a reason sends the draft as it is', async () => {
    await setEnforcement(session.browser, 'confirm');
    await openMastodon();
    await page.keyboard.type(PHI);
    await verdictIs(page, MASTODON_FIELD, 'block');
    await page.click('.compose-form__publish button');
    const dialog = page.locator('safepost-ui dialog[data-safepost-dialog="confirm"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => window.__posted)).toEqual([]);
    expect(await action(page, 'post-anyway').isDisabled()).toBe(true);
    await dialog.locator('input[value="authorized"]').check();
    await action(page, 'post-anyway').click();
    await expect.poll(() => page.evaluate(() => window.__posted)).toEqual([PHI]);
  });

  it('confirm: a submit right after typing waits for the verdict of the text as it is', async () => {
    await setEnforcement(session.browser, 'confirm');
    await openMastodon();
    await page.keyboard.type('Happy Nurses Week!');
    await verdictIs(page, MASTODON_FIELD, 'ok');
    await page.keyboard.type(' Call me at 555-201-4477');
    await page.click('.compose-form__publish button'); // before the debounce fires
    await expect.poll(() => page.locator('safepost-ui dialog').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.__posted)).toEqual([]);
  });
});
