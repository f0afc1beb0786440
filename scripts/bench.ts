// `npm run bench`: how fast the checker is, side by side with redact-pii (the most used npm PII redactor,
// its synchronous SyncRedactor) on the same texts from ../shared/corpus. Prints medians; never a test.
// The checker is measured as it ships: bundled by esbuild like the extension and the command line (running
// the TypeScript through tsx adds a helper call to every inner function and would measure that instead).
// Medians are taken once both run compiled code (after a pass over the corpus); the first figures show a
// cold start. The last line is: checker_chars_per_s=N peer_chars_per_s=M ratio=R p50_280_us=X p50_10k_us=Y
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SyncRedactor } from 'redact-pii';
import * as v from 'valibot';
import type * as CheckerModule from '../lib/checker';
import { DEFAULT_POLICY, policySchema } from '../lib/policy/schema';

const bundleDir = mkdtempSync(join(tmpdir(), 'safepost-bench-'));
const bundle = join(bundleDir, 'checker.mjs');
await build({ entryPoints: ['lib/checker/index.ts'], bundle: true, platform: 'neutral', format: 'esm', outfile: bundle, logLevel: 'warning' });
const { createChecker } = (await import(pathToFileURL(bundle).href)) as typeof CheckerModule;
rmSync(bundleDir, { recursive: true, force: true });

const CORPUS = process.env.SAFEPOST_CORPUS ?? '../shared/corpus';

const texts: string[] = [];
for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(join(CORPUS, file), 'utf8').split('\n')) {
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
}
const corpusChars = texts.reduce((n, t) => n + t.length, 0);

/** Consecutive corpus texts joined into one of exactly `length` characters, starting at text `from`. */
function sample(length: number, from: number): string {
  let s = '';
  for (let i = from; s.length < length; i = (i + 1) % texts.length) s += `${texts[i]}\n`;
  return s.slice(0, length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Median microseconds of fn over the inputs, each run `rounds` times after a warm-up. */
function medianMicros(inputs: readonly string[], fn: (text: string) => unknown, rounds: number): number {
  for (const input of inputs) fn(input);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      fn(input);
      times.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  return median(times);
}

function charsPerSecond(fn: (text: string) => unknown): number {
  const start = process.hrtime.bigint();
  for (const t of texts) fn(t);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return corpusChars / seconds;
}

// A policy with what an organisation typically sets: patterns, allowed terms, templates.
const policyInput = {
  customPatterns: [
    { name: 'Badge number', pattern: 'BADGE-\\d{6}', contextWords: ['badge'] },
    { name: 'Room code', pattern: '[A-Z]{2}-\\d{3}', flags: 'i' },
  ],
  allowedTerms: ['Mercy General Hospital', 'Dr. Rivera Diabetes Clinic', 'Flu Shot Friday'],
  organization: { name: 'Mercy General', phone: '+1 555 010 2000', secureLink: 'https://mercy.example/contact' },
};
const policy = v.parse(policySchema, policyInput);

const firstStart = process.hrtime.bigint();
const checker = createChecker(DEFAULT_POLICY);
checker.check(sample(2000, 0));
const firstMs = Number(process.hrtime.bigint() - firstStart) / 1e6;

const compileTimes: number[] = [];
for (let i = 0; i < 50; i++) {
  const start = process.hrtime.bigint();
  createChecker(policy);
  compileTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const redactor = new SyncRedactor();
const check = (t: string) => checker.check(t);
const redact = (t: string) => redactor.redact(t);

const posts280 = Array.from({ length: 50 }, (_, i) => sample(280, i * 97));
const texts10k = Array.from({ length: 10 }, (_, i) => sample(10_000, i * 1031));
// Right after start the engine is still compiling the hot functions: these medians are what a background
// that has just woken up gives, and they fall by half within a few thousand checks.
const cold280 = medianMicros(posts280, check, 20);
const cold10k = medianMicros(texts10k, check, 10);
const peerCold280 = medianMicros(posts280, redact, 20);
charsPerSecond(check); // warm-up: both tools then run compiled code, as in a session of typing
charsPerSecond(redact);
const checkerCps = charsPerSecond(check);
const peerCps = charsPerSecond(redact);
const p50_280 = medianMicros(posts280, check, 20);
const p50_10k = medianMicros(texts10k, check, 10);
const peer280 = medianMicros(posts280, redact, 20);
const peer10k = medianMicros(texts10k, redact, 10);

console.log(`corpus: ${texts.length} texts, ${corpusChars} characters`);
console.log(`first check (lexicons built on first use): ${firstMs.toFixed(1)} ms`);
console.log(`policy compile (median of 50, 2 custom patterns, 3 allowed terms): ${median(compileTimes).toFixed(3)} ms`);
console.log(`just after start, median: checker ${cold280.toFixed(1)} µs per 280 characters, ${(cold10k / 1000).toFixed(3)} ms per 10,000; redact-pii ${peerCold280.toFixed(1)} µs per 280`);
console.log(`280-character post, median: checker ${p50_280.toFixed(1)} µs, redact-pii ${peer280.toFixed(1)} µs`);
console.log(`10,000-character text, median: checker ${(p50_10k / 1000).toFixed(3)} ms, redact-pii ${(peer10k / 1000).toFixed(3)} ms`);
console.log(`throughput over the corpus: checker ${Math.round(checkerCps)} chars/s, redact-pii ${Math.round(peerCps)} chars/s`);
console.log(
  `checker_chars_per_s=${Math.round(checkerCps)} peer_chars_per_s=${Math.round(peerCps)} ratio=${(checkerCps / peerCps).toFixed(2)} p50_280_us=${p50_280.toFixed(1)} p50_10k_us=${p50_10k.toFixed(1)}`,
);
