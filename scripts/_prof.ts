import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, chromiumArgs } from '../test/e2e/harness/chromium';
import { startSiteServer } from '../test/e2e/harness/server';
const [host, sel] = process.argv[2] === 'x' ? ['x.com', '[data-testid="tweetTextarea_0"]'] : ['mastodon.social', '.compose-form textarea'];
const server = await startSiteServer();
const profile = await mkdtemp(path.join(tmpdir(), 'p-'));
const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: chromiumArgs(), ignoreHTTPSErrors: true });
if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker');
const page = await ctx.newPage();
await page.goto(server.url(host, '/'));
await page.click(sel);
await page.keyboard.type('Mrs Diaz, call 555-201-4477 about your surgery.');
await page.waitForTimeout(500);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.keyboard.type('Flu shots are available at every clinic this week, come and see us. '.repeat(3));
const { profile: prof } = await cdp.send('Profiler.stop');
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
const selfT = new Map<string, number>();
const dts = prof.timeDeltas!;
prof.samples!.forEach((s, i) => {
  const dt = (dts[i + 1] ?? 0) / 1000;
  const seen = new Set<string>();
  let id: number | undefined = s;
  const leaf = byId.get(s)!;
  const lk = `${leaf.callFrame.functionName || '(anon)'} ${leaf.callFrame.url.replace(/^.*\//, '')}:${leaf.callFrame.lineNumber}`;
  selfT.set(lk, (selfT.get(lk) ?? 0) + dt);
  while (id !== undefined) {
    const n = byId.get(id)!;
    if (n.callFrame.url.includes('chrome-extension')) {
      const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); }
    }
    id = parent.get(id);
  }
});
const roots = new Map<string, number>(); let extTotal = 0;
prof.samples!.forEach((s, i) => {
  const dt = (dts[i + 1] ?? 0) / 1000;
  let id: number | undefined = s; let bottom: string | undefined;
  while (id !== undefined) { const n = byId.get(id)!; if (n.callFrame.url.includes('chrome-extension')) bottom = `${n.callFrame.functionName}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; id = parent.get(id); }
  if (bottom) { extTotal += dt; roots.set(bottom, (roots.get(bottom) ?? 0) + dt); }
});
console.log('EXT TOTAL ms', extTotal.toFixed(1), 'per check', (extTotal / 20).toFixed(2));
for (const [k, v] of [...roots].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log('ROOT', v.toFixed(1), k);
console.log('--- inclusive in extension (ms over 20 checks)');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1), k);
console.log('--- self top');
for (const [k, v] of [...selfT].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(1), k);
for (const n of prof.nodes) if (n.callFrame.functionName === 'getUILanguage') {
  const chain: string[] = []; let id: number | undefined = n.id;
  while (id !== undefined) { const m = byId.get(id)!; chain.push(`${m.callFrame.functionName}@${m.callFrame.url.replace(/^.*\//, '')}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`); id = parent.get(id); }
  console.log('STACK', chain.slice(0, 12).join(' < '));
}
await ctx.close(); await server.close();
