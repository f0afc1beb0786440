/**
 * Measures what SafePost costs a page while the user types, on the local copies of the sites'
 * compose pages in real Chromium, with and without the built extension (same pages, same profile
 * flags). Prints figures; asserts nothing.
 *
 *   npm run bench:inline            (builds the extension first)
 *
 * - keystroke → verdict: from a key's keydown in the page to the next data-safepost-verdict write
 *   on the field, debounce included (median, p95);
 * - typing 500 characters: wall time of typing a 500-character post, and the CPU time the page's
 *   renderer spent on it, with / without (median ratios), each run on a freshly loaded page; and the
 *   same for an extension whose content script is an empty file, the cost of any such extension;
 * - main-thread work per check: CPU time of the page's renderer main thread over a run of keystrokes
 *   that each get checked, per check: with SafePost minus with the empty content script (what the
 *   script itself adds), and with SafePost minus without any extension.
 * CPU times come from Linux's /proc/<pid>/task/<tid>/schedstat (nanoseconds on a CPU): unlike wall
 * time, they do not grow when other work on the machine keeps the renderer waiting for a core.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
  { name: 'Lexical (Facebook)', host: 'www.facebook.com', field: '[role="article"] [data-lexical-editor="true"]', typing: true },
  { name: 'textarea (Mastodon)', host: 'mastodon.social', field: '.compose-form textarea', typing: false },
]
  .filter((t) => SITE_COPIES.some((copy) => copy.hosts.includes(t.host.replace(/^www\./, ''))))
  // `npm run bench:inline -- mastodon` measures only the targets whose host contains the word.
  .filter((t) => !process.argv[2] || t.host.includes(process.argv[2]));

const POST = 'Mrs Diaz, call 555-201-4477 about your surgery results. Flu shots are available at every clinic this week. ';
const TEXT_500 = POST.repeat(Math.ceil(500 / POST.length)).slice(0, 500);
const LATENCY_TRIALS = 40;
const TYPING_RUNS = 15;
const CHECK_RUN = 20;
const BUSY_RUNS = 7;

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

interface Launched {
  context: BrowserContext;
  /** CPU time (ms) the main threads of the browser's page renderers have used so far. */
  rendererCpu: () => number;
  close: () => Promise<void>;
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended meanwhile
  }
}

/** Page renderers (not the extension's own process) of the browser using `profile`. */
function pageRenderers(profile: string): number[] {
  // Chromium rewrites its command line into one string, so match on the whole of it.
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      const cmd = readProc(`/proc/${d}/cmdline`) ?? '';
      return (
        cmd.includes(`--user-data-dir=${profile}`) &&
        cmd.includes('--type=renderer') &&
        !cmd.includes('--extension-process') &&
        !cmd.includes('--top-chrome-webui')
      );
    })
    .map(Number);
}

/** Time on a CPU of a renderer's main thread (its tid is its pid), in ms. */
const mainThreadCpu = (pid: number) => Number(readProc(`/proc/${pid}/task/${pid}/schedstat`)?.split(' ')[0] ?? 0) / 1e6;

/** Chromium with the extension in `extensionDir` loaded, or with none. */
async function launch(extensionDir?: string): Promise<Launched> {
  const withExtension = extensionDir !== undefined;
  const profile = await mkdtemp(path.join(tmpdir(), 'safepost-bench-'));
  const args = withExtension ? chromiumArgs(extensionDir) : chromiumArgs().filter((a) => !/extension/.test(a));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args, ignoreHTTPSErrors: true });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return {
    context,
    rendererCpu: () => pageRenderers(profile).reduce((sum, pid) => sum + mainThreadCpu(pid), 0),
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

/** The page without any extension, with SafePost, with an extension whose content script is empty. */
type Side = 'without' | 'with' | 'empty';

interface Cost {
  wall: number;
  cpu: number;
}

/**
 * Each run types into a freshly loaded page: clearing the field instead would leave the editor's undo
 * history and heap growing from run to run, so later runs would be slower than earlier ones.
 */
const typingCost = (target: Target) => async (page: Page, cpu: () => number, side: Side): Promise<Cost> => {
  await page.reload();
  await page.click(target.field);
  if (side === 'with') await page.waitForSelector(`${target.field}[data-safepost="watching"]`);
  await page.waitForTimeout(300);
  const [wall0, cpu0] = [performance.now(), cpu()];
  await page.keyboard.type(TEXT_500);
  return { wall: performance.now() - wall0, cpu: cpu() - cpu0 };
};

/** CPU time of the page's main thread over CHECK_RUN keystrokes, each followed by a pause long enough to be checked. */
async function checkedTypingCost(page: Page, cpu: () => number): Promise<Cost> {
  await clear(page);
  const [wall0, cpu0] = [performance.now(), cpu()];
  for (let i = 0; i < CHECK_RUN; i++) {
    await page.keyboard.type(POST[i % POST.length]!);
    await page.waitForTimeout(150);
  }
  return { wall: performance.now() - wall0, cpu: cpu() - cpu0 };
}

/**
 * A copy of the built extension whose content scripts are empty files: what any extension with a
 * content script on the page costs it, before that script does anything — the floor under SafePost's figure.
 */
async function emptyContentScripts(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'safepost-empty-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
  for (const script of manifest.content_scripts ?? []) for (const js of script.js ?? []) await writeFile(path.join(dir, js), '');
  return dir;
}

/**
 * Runs `measure` on the page without and the page with SafePost in turns (the order swapping each
 * round), so that load from anything else on the machine falls on both alike.
 */
async function interleaved(
  rounds: number,
  sides: Partial<Record<Side, { page: Page; cpu: () => number }>>,
  measure: (page: Page, cpu: () => number, side: Side) => Promise<Cost>,
) {
  const out: Record<Side, Cost[]> = { without: [], with: [], empty: [] };
  const present = Object.keys(sides) as Side[];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...present].reverse() : present;
    for (const side of order) out[side].push(await measure(sides[side]!.page, sides[side]!.cpu, side));
  }
  const of = (side: Side, key: keyof Cost) => median(out[side].map((c) => c[key]));
  return { of };
}

async function main() {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  await buildSiteCopies();
  const server = await startSiteServer();
  const emptyDir = await emptyContentScripts();
  const plain = await launch();
  const extended = await launch(EXTENSION_DIR);
  const empty = await launch(emptyDir);
  try {
    console.log(
      `SafePost inline benchmark — Chromium ${CHROMIUM}; ${LATENCY_TRIALS} keystrokes; ${TYPING_RUNS}×500 characters and ` +
        `${BUSY_RUNS}×${CHECK_RUN} checked keystrokes per page, with and without SafePost in turns; medians`,
    );
    for (const target of TARGETS) {
      const sides = {
        without: { page: await openComposer(plain.context, server, target), cpu: plain.rendererCpu },
        with: { page: await openComposer(extended.context, server, target), cpu: extended.rendererCpu },
      };
      const lat = await latencies(sides.with.page, target);
      console.log(`\n${target.name}`);
      console.log(`  keystroke → verdict: median ${ms(median(lat))}, p95 ${ms(quantile(lat, 0.95))} (n=${lat.length})`);
      const emptySide = { page: await openComposer(empty.context, server, target), cpu: empty.rendererCpu };
      if (target.typing) {
        const typing = await interleaved(TYPING_RUNS, { ...sides, empty: emptySide }, typingCost(target));
        const slower = (side: Side, key: keyof Cost) => `${((typing.of(side, key) / typing.of('without', key) - 1) * 100).toFixed(1)}%`;
        console.log(
          `  typing 500 characters: wall ${ms(typing.of('with', 'wall'))} with, ${ms(typing.of('without', 'wall'))} without (${slower('with', 'wall')}); ` +
            `renderer main-thread CPU ${ms(typing.of('with', 'cpu'))} with, ${ms(typing.of('without', 'cpu'))} without (${slower('with', 'cpu')})`,
        );
        console.log(
          `  the same with an extension whose content script is empty (the floor): wall ${slower('empty', 'wall')}, CPU ${slower('empty', 'cpu')}`,
        );
      }
      const checked = await interleaved(BUSY_RUNS, { ...sides, empty: emptySide }, checkedTypingCost);
      await emptySide.page.close();
      const perCheck = (over: Side) => ms((checked.of('with', 'cpu') - checked.of(over, 'cpu')) / CHECK_RUN);
      console.log(
        `  main-thread work per check: ${perCheck('empty')} CPU over the empty content script (SafePost's script itself), ` +
          `${perCheck('without')} over no extension (runs of ${CHECK_RUN} checked keystrokes: ${ms(checked.of('with', 'cpu'))} with, ` +
          `${ms(checked.of('empty', 'cpu'))} empty script, ${ms(checked.of('without', 'cpu'))} without)`,
      );
      await sides.with.page.close();
      await sides.without.page.close();
    }
  } finally {
    await empty.close();
    await extended.close();
    await plain.close();
    await server.close();
    await rm(emptyDir, { recursive: true, force: true });
  }
}

await main();
