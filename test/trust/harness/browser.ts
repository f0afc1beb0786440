import type { Locator, Page } from 'playwright-core';
import { checkWithinBudget, type BudgetedResult } from '../../../lib/checkBudget';
import { createChecker } from '../../../lib/checker';
import { DEFAULT_POLICY, type Policy } from '../../../lib/policy/schema';
import { adapterForHost } from '../../../lib/sites';
import { siteForHost, type SiteId } from '../../../lib/sites/hosts';
import { launchWithExtension, type ExtensionBrowser } from '../../e2e/harness/chromium';
import { startSiteServer, type SiteServer } from '../../e2e/harness/server';
import { SITE_COPIES } from '../../e2e/harness/siteCopies';
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

export interface SupportedCopy {
  site: SiteId;
  host: string;
  /** Selector of the site's compose fields, from its own adapter. */
  fields: string;
  /** Selector of the site's post controls, from its own adapter. */
  submit: string;
}

/**
 * Every site copy that stands in for a supported site, with its compose-field selector from the
 * site's adapter: the suite covers each site as soon as its copy and adapter exist.
 */
export function supportedCopies(): SupportedCopy[] {
  return SITE_COPIES.flatMap((copy) => {
    const host = copy.hosts.find((h) => siteForHost(h));
    const site = host ? siteForHost(host) : undefined;
    if (!host || !site) return [];
    const adapter = adapterForHost(host);
    return [{ site, host, fields: adapter.fields.join(', '), submit: adapter.submit.join(', ') }];
  });
}

/** Opens a site copy and waits until SafePost watches its first compose field. */
export async function openCopy(b: TrustBrowser, copy: SupportedCopy, page?: Page): Promise<{ page: Page; field: Locator }> {
  const p = page ?? (await b.context.newPage());
  await p.goto(b.server.url(copy.host, '/home'));
  const field = p.locator(copy.fields).first();
  await field.click();
  await waitFor(() => field.getAttribute('data-safepost'), (v) => v === 'watching', `SafePost to watch the ${copy.site} field`);
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
export function modelOf(page: Page): Promise<string> {
  return page.evaluate(() => window.__model());
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
