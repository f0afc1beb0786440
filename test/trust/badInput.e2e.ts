// @vitest-environment node
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHECKED_CHARS } from '../../lib/checkBudget';
import { t } from '../../lib/i18n';
import { CASES, expectedCheck, expectVerdict, modelOf, openCase, setControlValue, shadowUiText, startTrustBrowser, type TrustBrowser } from './harness/browser';
import { waitFor } from './harness/poll';
import { ConsoleRecorder } from './harness/recorders';

/**
 * Bad input never freezes a tab. The budget: once the page has drawn what was pasted, no animation
 * frame (SafePost's work included) takes longer than FRAME_BUDGET_MS on an idle machine, and the
 * verdict arrives within VERDICT_BUDGET_MS; text beyond MAX_CHECKED_CHARS is cut with a notice that
 * says so. On a loaded machine the frame budget grows with how much slower a fixed piece of work
 * runs in the page, so the test measures SafePost, not its neighbours; a frozen tab still fails.
 */
/**
 * A textarea holding a megabyte relays out in about 100 ms a frame by itself, and drawing the marks
 * over it costs one more frame of layout (240 ms at most measured here, no script in it): janky, not
 * frozen. A frozen tab takes seconds (the overlay once froze a 1 MB paste for 5 s).
 */
const FRAME_BUDGET_MS = 400;
const VERDICT_BUDGET_MS = 20_000;
/** What the fixed work below takes on an idle machine of this kind. */
const WORK_IDLE_MS = 10;

/** How much slower than idle the page runs now: the median of five runs of a fixed computation. */
function slowdown(page: Page): Promise<number> {
  return page.evaluate((idle) => {
    const runs: number[] = [];
    let sink = 0;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      for (let i = 0; i < 3e6; i++) sink += Math.sqrt(i);
      runs.push(performance.now() - started);
    }
    runs.sort((a, b) => a - b);
    return Math.max(1, runs[2]! / idle) + sink * 0;
  }, WORK_IDLE_MS);
}

let b: TrustBrowser;
let consoles: ConsoleRecorder;

beforeAll(async () => {
  b = await startTrustBrowser();
  consoles = new ConsoleRecorder(b.context);
  // Long animation frames, recorded from the start of every page.
  await b.context.addInitScript(() => {
    const frames: { start: number; duration: number }[] = [];
    (window as unknown as { __frames: typeof frames }).__frames = frames;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) frames.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
});

afterAll(async () => {
  await b?.shutdown();
});

/** The Mastodon copy's textarea as a new post (no reply context), so the expected verdict is the checker's alone. */
const mastodon = { ...CASES.find((c) => c.site === 'mastodon')!, path: '/home' };
const now = (page: Page) => page.evaluate(() => performance.now());
const afterNextPaint = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
const longestFrameSince = (page: Page, since: number) =>
  page.evaluate((t0) => Math.max(0, ...(window as unknown as { __frames: { start: number; duration: number }[] }).__frames.filter((f) => f.start >= t0).map((f) => f.duration)), since);

/** Pastes text into the Mastodon copy's textarea and holds SafePost to its budget. */
async function pasteAndMeasure(text: string) {
  const { page, field } = await openCase(b, { ...mastodon, path: `/home?n=${Math.random()}` });
  const before = await slowdown(page);
  await setControlValue(field, text);
  const drawn = await afterNextPaint(page);
  const shown = text.replace(/\r\n?/g, '\n'); // a textarea's value normalises line breaks
  const expected = expectedCheck(shown);
  await expectVerdict(field, expected.verdict, VERDICT_BUDGET_MS);
  const verdictAt = await now(page);
  await afterNextPaint(page);
  const longest = await longestFrameSince(page, drawn - 1);
  const load = Math.max(before, await slowdown(page));
  expect(longest, `longest frame ${Math.round(longest)} ms at ${load.toFixed(1)}× idle`).toBeLessThan(FRAME_BUDGET_MS * load);
  expect(await modelOf(page, mastodon)).toBe(shown); // the draft is untouched, every code unit of it
  console.info(`bad input: ${text.length} code units → verdict ${Math.round(verdictAt - drawn)} ms after drawing, longest frame ${Math.round(longest)} ms (machine at ${load.toFixed(1)}× idle)`);
  return { page, expected };
}

describe('bad input', () => {
  it('a 1 MB paste: checked up to the budget, with a notice, and the tab stays responsive', async () => {
    const text = 'Mrs Diaz, call 555-201-4477 about your surgery results. '.repeat(19_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const { page, expected } = await pasteAndMeasure(text);
    expect(expected.checkedChars).toBe(MAX_CHECKED_CHARS);
    const notice = t('en', 'notice_truncated', { count: MAX_CHECKED_CHARS.toLocaleString('en') });
    await waitFor(() => shadowUiText(page), (texts) => texts.some((s) => s.includes(notice)), 'the truncation notice');
  });

  it.each([
    ['binary garbage', Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('') + ' call 555-201-4477'],
    ['lone surrogates', 'call 555-201-4477 \ud800 about your surgery \udc00 results \udbff'],
    ['RTL and mixed scripts', '\u202eمريض السيد دياز \u202c call 555-201-4477 חולה about your surgery 患者 mrs diaz'],
    ['10,000 emoji', `${'😷'.repeat(10_000)} call 555-201-4477 about your surgery`],
    ['control characters and zero-width joiners', `call\u0000 555\u200b201\u200d4477\u0007 about your\ufeff surgery\r\n\u2028end`],
  ])('%s: checked within the budget, draft intact', async (_label, text) => {
    await pasteAndMeasure(text);
  });

  it('a thousand compose fields on one page are all watched without a long frame, and each still checks', async () => {
    const forms = Array.from({ length: 1000 }, (_, i) => `<form class="compose-form"><textarea aria-label="reply ${i}"></textarea></form>`).join('');
    await b.context.route('**/trust/many-fields', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><body>${forms}</body>` }));
    const page = await b.context.newPage();
    await page.goto(b.server.url(mastodon.host, '/trust/many-fields'));
    const before = await slowdown(page);
    const fields = page.locator('.compose-form textarea');
    await waitFor(() => page.locator('textarea[data-safepost-verdict]').count(), (n) => n === 1000, 'a verdict on all 1000 fields', 20_000);
    const longest = await longestFrameSince(page, 0);
    const load = Math.max(before, await slowdown(page));
    console.info(`1000 fields: longest frame ${Math.round(longest)} ms (machine at ${load.toFixed(1)}× idle)`);
    expect(longest, `longest frame ${Math.round(longest)} ms at ${load.toFixed(1)}× idle`).toBeLessThan(FRAME_BUDGET_MS * load);
    const last = fields.nth(999);
    await last.click();
    await page.keyboard.type('call 555-201-4477 about your surgery');
    await expectVerdict(last, expectedCheck('call 555-201-4477 about your surgery').verdict);
    await page.unroute('**/trust/many-fields');
  });

  it('raised no uncaught error in any page', () => {
    expect(consoles.pageErrors).toEqual([]);
  });
});
