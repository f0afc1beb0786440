/**
 * Measures what SafePost costs a page while the user types, on the local copies of the sites'
 * compose pages in real Chromium, with and without the built extension (same pages, same profile
 * flags). Prints figures; asserts nothing.
 *
 *   npm run bench:inline            (builds the extension first)
 *
 * - keystroke → verdict: from a key's keydown in the page to the next data-safepost-verdict write
 *   on the field, debounce included (median, p95);
 * - typing 500 characters: wall time of typing a 500-character post, with / without (median ratio);
 * - main-thread work per check: the renderer main thread's busy time (CDP Performance.TaskDuration)
 *   over a run of keystrokes that each get checked, with minus without, per check.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildSiteCopies } from '../test/e2e/harness/buildSites';
import { CHROMIUM, EXTENSION_DIR, chromiumArgs } from '../test/e2e/harness/chromium';
import { SITE_COPIES } from '../test/e2e/harness/siteCopies';
import { startSiteServer, type SiteServer } from '../test/e2e/harness/server';

interface Target {
  name: string;
  host: string;
  field: string;
  /** Takes part in the typing-speed comparison (the rich editors the goal names). */
  typing: boolean;
}

/** Each editor's copy, where it exists in this checkout. */
const TARGETS: Target[] = [
  { name: 'Draft.js (X)', host: 'x.com', field: '[data-testid="tweetTextarea_0"]', typing: true },
  { name: 'Lexical (Facebook)', host: 'facebook.com', field: '[data-lexical-editor="true"]', typing: true },
  { name: 'textarea (Mastodon)', host: 'mastodon.social', field: '.compose-form textarea', typing: false },
].filter((t) => SITE_COPIES.some((copy) => copy.hosts.includes(t.host)));

const POST = 'Mrs Diaz, call 555-201-4477 about your surgery results. Flu shots are available at every clinic this week. ';
const TEXT_500 = POST.repeat(Math.ceil(500 / POST.length)).slice(0, 500);
const LATENCY_TRIALS = 40;
const TYPING_RUNS = 9;
const CHECK_RUN = 20;
const BUSY_RUNS = 5;

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'safepost-bench-'));
  const args = chromiumArgs().filter((a) => withExtension || !/extension/.test(a));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args, ignoreHTTPSErrors: true });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function openComposer(context: BrowserContext, server: SiteServer, target: Target): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(target.host, '/'));
  await page.click(target.field);
  return page;
}

async function clear(page: Page) {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.waitForTimeout(200);
}

/** Keydown → next verdict write on the field, per keystroke, with pauses longer than the debounce. */
async function latencies(page: Page, target: Target): Promise<number[]> {
  await page.waitForSelector(`${target.field}[data-safepost="watching"]`);
  await page.evaluate((selector) => {
    const field = document.querySelector(selector)!;
    const w = window as unknown as { __lat: number[]; __down: number };
    w.__lat = [];
    field.addEventListener('keydown', () => (w.__down = performance.now()), true);
    new MutationObserver(() => {
      if (w.__down) w.__lat.push(performance.now() - w.__down);
      w.__down = 0;
    }).observe(field, { attributes: true, attributeFilter: ['data-safepost-verdict'] });
  }, target.field);
  for (let i = 0; i < LATENCY_TRIALS; i++) {
    await page.keyboard.type(POST[i % POST.length]!);
    await page.waitForTimeout(250);
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

async function typingTime(page: Page): Promise<number> {
  await clear(page);
  const started = performance.now();
  await page.keyboard.type(TEXT_500);
  return performance.now() - started;
}

/** Main-thread busy time over CHECK_RUN keystrokes, each followed by a pause long enough to be checked. */
async function mainThreadBusy(page: Page): Promise<number> {
  await clear(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  };
  const before = await busy();
  for (let i = 0; i < CHECK_RUN; i++) {
    await page.keyboard.type(POST[i % POST.length]!);
    await page.waitForTimeout(150);
  }
  const after = await busy();
  await cdp.detach();
  return after - before;
}

/**
 * Runs `measure` on the page without and the page with SafePost in turns (the order swapping each
 * round), so that load from anything else on the machine falls on both alike.
 */
async function interleaved(rounds: number, pages: { without: Page; with: Page }, measure: (page: Page) => Promise<number>) {
  const out = { without: [] as number[], with: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const);
    for (const which of order) out[which].push(await measure(pages[which]));
  }
  return out;
}

async function main() {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  await buildSiteCopies();
  const server = await startSiteServer();
  const plain = await launch(false);
  const extended = await launch(true);
  try {
    console.log(
      `SafePost inline benchmark — Chromium ${CHROMIUM}; ${LATENCY_TRIALS} keystrokes; ${TYPING_RUNS}×500 characters and ` +
        `${BUSY_RUNS}×${CHECK_RUN} checked keystrokes per page, with and without SafePost in turns; medians`,
    );
    for (const target of TARGETS) {
      const pages = { without: await openComposer(plain.context, server, target), with: await openComposer(extended.context, server, target) };
      const lat = await latencies(pages.with, target);
      console.log(`\n${target.name}`);
      console.log(`  keystroke → verdict: median ${ms(median(lat))}, p95 ${ms(quantile(lat, 0.95))} (n=${lat.length})`);
      if (target.typing) {
        const typing = await interleaved(TYPING_RUNS, pages, typingTime);
        const ratio = median(typing.with) / median(typing.without);
        console.log(
          `  typing 500 characters: ${ms(median(typing.with))} with, ${ms(median(typing.without))} without — ${((ratio - 1) * 100).toFixed(1)}% slower`,
        );
      }
      const busy = await interleaved(BUSY_RUNS, pages, mainThreadBusy);
      const perCheck = (median(busy.with) - median(busy.without)) / CHECK_RUN;
      console.log(`  main-thread work per check: ${ms(perCheck)} (runs of ${CHECK_RUN}: ${ms(median(busy.with))} with, ${ms(median(busy.without))} without)`);
      await pages.with.close();
      await pages.without.close();
    }
  } finally {
    await extended.close();
    await plain.close();
    await server.close();
  }
}

await main();
