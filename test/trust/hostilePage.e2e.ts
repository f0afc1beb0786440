// @vitest-environment node
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../lib/i18n';
import { CASES, modelOf, openCase, shadowUiText, startTrustBrowser, valuesOver, type TrustBrowser } from './harness/browser';
import { dumpExtensionData, extensionUrl } from './harness/extension';
import { waitFor } from './harness/poll';
import { ConsoleRecorder } from './harness/recorders';

/**
 * A hostile page, with scripts of its own, tries to switch SafePost off, read what it found,
 * trigger its actions or reach the background. None of it works.
 */
let b: TrustBrowser;
let consoles: ConsoleRecorder;
let page: Page;
let field: Locator;
const c = CASES[0]!;
const PHI = 'Call me at 555-201-4477 about your biopsy results';
const BENIGN = 'Happy Nurses Week to our amazing team!';
const FLAGGED = /^(warn|block)$/;

async function replaceDraft(text: string) {
  await field.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

const verdict = () => field.getAttribute('data-safepost-verdict');
const uiHosts = () => page.evaluate(() => document.querySelectorAll('safepost-ui').length);

beforeAll(async () => {
  b = await startTrustBrowser();
  consoles = new ConsoleRecorder(b.context);
  ({ page, field } = await openCase(b, c));
  await replaceDraft(PHI);
  await waitFor(verdict, (v) => FLAGGED.test(v ?? ''), 'a first verdict');
});

afterAll(async () => {
  await b?.shutdown();
});

describe('a hostile page', () => {
  it('cannot switch SafePost off with forged "newer script started" events (DOM events or postMessage)', async () => {
    await page.evaluate((id) => {
      const name = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      document.body.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
      window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'forged' }, '*');
    }, b.extensionId);
    await replaceDraft(BENIGN);
    await waitFor(verdict, (v) => v === 'ok', 'SafePost to check the new draft after the forged events');
    await replaceDraft(PHI);
    await waitFor(verdict, (v) => FLAGGED.test(v ?? ''), 'SafePost to keep checking');
    expect(await uiHosts()).toBe(1);
  });

  it('finds no more in the DOM contract or the open shadow root than the page already has', async () => {
    // Something typed elsewhere (another site, the popup) must never show up here.
    const other = await openCase(b, CASES.find((x) => x.site !== c.site)!);
    await other.page.keyboard.type('Secret elsewhere: Mr Zebulon, 555-201-8888');
    const popup = await b.context.newPage();
    await popup.goto(extensionUrl(b, 'popup.html'));
    await popup.locator('[data-testid="text"]').fill('Popup only: Ms Quintessa, 555-201-7777');
    await waitFor(() => popup.locator('[data-testid="verdict"]').getAttribute('data-verdict'), (v) => FLAGGED.test(v ?? ''), 'a popup verdict');

    const attributes = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('data-safepost')).map((a) => a.value)),
    );
    expect(attributes.length).toBeGreaterThan(0);
    for (const value of attributes) expect(value).toMatch(/^(watching|ok|warn|block|\d+)$/);

    const uiText = (await shadowUiText(page)).join(' ');
    const pageText = await page.evaluate(() => document.body.innerText);
    const vocabulary = new Set(
      [pageText, ...Object.values(CATALOGS).flatMap((catalog) => Object.values(catalog).map((m) => m.message))]
        .join(' ')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu),
    );
    // The UI's own stylesheet sits in the shadow root too; only its text nodes count.
    const uiWords = (await page.evaluate(() => [...document.querySelectorAll('safepost-ui')].map((h) => [...(h.shadowRoot?.querySelectorAll('body *, div, p, span, button, li') ?? [])].map((n) => n.textContent).join(' ')).join(' ')))
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
    // Counts are numbers; every word is the page's own or SafePost's wording.
    expect(uiWords.filter((w) => !/^\d+$/.test(w) && !vocabulary.has(w))).toEqual([]);
    for (const secret of ['zebulon', 'quintessa', '8888', '7777']) expect(uiText.toLowerCase()).not.toContain(secret);
  });

  it('cannot trigger SafePost’s actions with synthetic clicks; the user’s own click works and is undone with the editor’s undo', async () => {
    await page.locator('safepost-ui .sp-badge').first().click(); // the user opens the panel
    await waitFor(() => page.locator('safepost-ui [data-safepost-action="redact"]').count(), (n) => n > 0, 'the findings panel');
    const clicked = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll('safepost-ui')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('button, [role="button"], [data-safepost-action]') ?? [])]);
      for (const el of buttons) {
        (el as HTMLElement).click();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      return buttons.map((el) => el.getAttribute('data-safepost-action') ?? el.className);
    });
    expect(clicked).toEqual(expect.arrayContaining(['redact', 'ignore']));
    await waitFor(verdict, (v) => FLAGGED.test(v ?? ''), 'the verdict to stay');
    expect(await valuesOver(() => modelOf(page, c), 300)).toEqual([PHI]);
    expect(await page.locator('safepost-ui [data-safepost-action="redact"]').count()).toBeGreaterThan(0); // nothing was ignored or closed

    // The same button, clicked by the user, works; the editor's own undo brings the draft back.
    await page.locator('safepost-ui [data-safepost-action="redact"]').first().click();
    await waitFor(() => modelOf(page, c), (m) => m !== PHI, 'the redaction');
    await field.click();
    await page.keyboard.press('ControlOrMeta+z');
    await waitFor(() => modelOf(page, c), (m) => m === PHI, 'undo to restore the draft');
  });

  it('cannot reach the extension: no runtime API in the page, and extension-looking messages get no answer', async () => {
    const probe = await page.evaluate(async (id) => {
      const scope = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } };
      let sendMessage = 'absent';
      if (typeof scope.chrome?.runtime?.sendMessage === 'function') {
        try {
          await scope.chrome.runtime.sendMessage(id, { type: 'getPolicy' });
          sendMessage = 'answered';
        } catch {
          sendMessage = 'refused';
        }
      }
      const answers: unknown[] = [];
      // Strings are the page's own setImmediate polyfill (Draft.js); any answer would be an object.
      window.addEventListener('message', (e) => {
        if (e.data && typeof e.data === 'object' && !('probe' in e.data)) answers.push(e.data);
      });
      for (const message of [{ type: 'check', text: 'call 555-201-4477' }, { type: 'getPolicy' }, { type: 'ping' }]) window.postMessage({ ...message, probe: true }, '*');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { sendMessage, answers };
    }, b.extensionId);
    expect(['absent', 'refused']).toContain(probe.sendMessage);
    expect(probe.answers).toEqual([]);
  });

  it('changed no setting and stored nothing with all of the above, and raised no error', async () => {
    const stored = (await dumpExtensionData(b)).areas as { sync: Record<string, unknown> };
    expect(stored.sync).toEqual({});
    expect(consoles.pageErrors).toEqual([]);
  });
});
