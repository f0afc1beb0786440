// Median time of normalize + detectIdentifiers on 280-character posts and 10,000-character texts cut
// from ../shared/corpus, and of normalize alone. Prints figures; it is not a test.
// Usage: npx tsx scripts/bench-ids.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectIdentifiers } from '../lib/checker/ids';
import { normalize } from '../lib/checker/normalize';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
const FILES = ['meddocan_es_posts.jsonl', 'eds_pseudo_fr.jsonl', 'presidio_synth_en.jsonl', 'health_news_tweets_en.jsonl', 'corona_mini_tr.jsonl', 'echr_fr_posts.jsonl'];

const texts = FILES.flatMap((f) =>
  readFileSync(join(CORPUS, f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).text as string),
);
const all = texts.join('\n');

/** Samples of `size` characters taken at evenly spaced places in the whole corpus. */
function samples(size: number, count: number): string[] {
  const step = Math.floor((all.length - size) / count);
  return Array.from({ length: count }, (_, i) => all.slice(i * step, i * step + size));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median microseconds of one call over the samples, after a warm-up pass; each sample is timed over
 * `repeat` calls. Wall-clock time and this process's CPU time are both printed: on a machine shared
 * with other work the CPU time is the steadier figure.
 */
function time(label: string, inputs: string[], run: (text: string) => unknown, repeat: number): number {
  for (const text of inputs) run(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const text of inputs) {
    const startCpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let i = 0; i < repeat; i++) run(text);
    wall.push(Number(process.hrtime.bigint() - start) / 1000 / repeat);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / repeat);
  }
  console.log(`${label.padEnd(44)} median ${median(wall).toFixed(1)} µs wall, ${median(cpu).toFixed(1)} µs cpu`);
  return median(wall);
}

const context = { lang: 'en' as const, jurisdiction: 'hipaa-us' };
const detect = (text: string) => detectIdentifiers(normalize(text), context);
const posts = samples(280, 2000);
const long = samples(10_000, 200);
const emoji = posts.map((p) => p.replace(/ /g, ' 😀 ').slice(0, 280));

time('normalize, 280 chars', posts, normalize, 50);
time('normalize, 280 chars with emoji (slow path)', emoji, normalize, 50);
time('normalize, 10,000 chars', long, normalize, 5);
const p280 = time('normalize + detectIdentifiers, 280 chars', posts, detect, 20);
const p10k = time('normalize + detectIdentifiers, 10,000 chars', long, detect, 3);
const started = process.hrtime.bigint();
for (const text of texts) detect(text);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`corpus: ${texts.length} texts, ${(all.length / seconds / 1e6).toFixed(1)} M chars/s`);
console.log(`ids_p50_280_us=${p280.toFixed(1)} ids_p50_10k_us=${p10k.toFixed(1)}`);
