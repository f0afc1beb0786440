import type { Locator, Page } from 'playwright-core';
import { checkWithinBudget, type BudgetedResult } from '../../../lib/checkBudget';
import { createChecker } from '../../../lib/checker';
import { DEFAULT_POLICY, type Policy } from '../../../lib/policy/schema';
import { launchWithExtension, type ExtensionBrowser } from '../../e2e/harness/chromium';
import { startSiteServer, type SiteServer } from '../../e2e/harness/server';
import { SITE_CASES, type SiteCase } from '../../e2e/harness/siteCases';
import { waitFor } from './poll';

export interface TrustBrowser extends ExtensionBrowser {
  server: SiteServer;
  /** Closes Chromium and the site server. */
  shutdown(): Promise<void>;
}

/** Real Chromium with the built extension, and the local copies of the sites. */
export async function startTrustBrowser(): Promise<TrustBrowser> {
  const server = await startSiteServer();
  const browser = await launchWithExtension();
  return {
    ...browser,
    server,
    async shutdown() {
      await browser.close();
      await server.close();
    },
  };
}

/** Every kind of compose field on every site copy (the same list the sites' own e2e test walks). */
export const CASES: readonly SiteCase[] = SITE_CASES;

/** Opens a site copy at a compose field (opening it first where the app adds it on click) and waits until SafePost watches it. */
export async function openCase(b: TrustBrowser, c: SiteCase, page?: Page): Promise<{ page: Page; field: Locator }> {
  const p = page ?? (await b.context.newPage());
  await p.goto(b.server.url(c.host, c.path));
  await c.open?.(p);
  const field = p.locator(c.field).first();
  await field.click();
  await waitFor(() => field.getAttribute('data-safepost'), (v) => v === 'watching', `SafePost to watch: ${c.name}`);
  return { page: p, field };
}

/** What the extension's checker says about a text (the same checker and budget, run here). */
export function expectedCheck(text: string, policy: Policy = DEFAULT_POLICY): BudgetedResult {
  return checkWithinBudget(createChecker(policy), text, {});
}

/** Waits until the field carries `verdict` (polls; robust to a loaded machine). */
export async function expectVerdict(field: Locator, verdict: string, timeout = 10_000): Promise<void> {
  await waitFor(() => field.getAttribute('data-safepost-verdict'), (v) => v === verdict, `verdict ${verdict}`, timeout);
}

/** The editor's own model of the draft, exposed by every site copy. */
export function modelOf(page: Page, c: Pick<SiteCase, 'model'>): Promise<string> {
  return page.evaluate((name) => window.__model(name), c.model);
}

/** Watches `read` for `ms` and returns every distinct value seen (to prove that nothing changes). */
export async function valuesOver<T>(read: () => Promise<T>, ms: number): Promise<T[]> {
  const seen: T[] = [];
  const end = Date.now() + ms;
  do {
    const v = await read();
    if (!seen.some((s) => JSON.stringify(s) === JSON.stringify(v))) seen.push(v);
    await new Promise((resolve) => setTimeout(resolve, 25));
  } while (Date.now() < end);
  return seen;
}

/** The text of the fields' findings: what must never be stored or logged. */
export function findingTexts(text: string): string[] {
  return expectedCheck(text).findings.map((f) => text.slice(f.start, f.end));
}

/** Replaces a text control's value the way a paste would, with exact code units (lone surrogates too). */
export async function setControlValue(field: Locator, value: string): Promise<void> {
  await field.evaluate((el, v) => {
    const control = el as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set;
    setter?.call(control, v);
    control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, value);
}

/** The text inside SafePost's shadow-root UI, as a page script could read it. */
export function shadowUiText(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('safepost-ui')].map((h) => h.shadowRoot?.textContent ?? ''));
}
