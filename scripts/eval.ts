// `npm run eval`: runs the command line's JSONL mode (`safepost check --jsonl`, the same engine as the
// extension) over every file of ../shared/corpus, scores each with the corpus's own score.mjs, and prints
// per file and language the post recall, false-alarm rate and span recall per category, against the bars.
// MEDDOCAN's test documents are reported apart from train/dev (only train/dev are used to tune).
// Each file is checked under the jurisdiction preset of where its texts come from, as an organisation
// there would set it: English under HIPAA, French and Spanish under the GDPR, Turkish under the KVKK.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CORPUS = process.env.SAFEPOST_CORPUS ?? '../shared/corpus';
const CLI = 'bin/safepost.mjs';

interface Summary {
  posts_phi: number;
  posts_nophi: number;
  post_recall: number | null;
  post_false_alarm: number | null;
  span_recall_by_label: Record<string, { gold: number; found: number; recall: number | null }>;
}
interface Report {
  total: Summary;
  by_lang: Record<string, Summary>;
}

/** The bars from the checker's issue: which numbers each corpus file must reach. */
interface Bar {
  postRecall?: number;
  okShare?: number;
  spanRecall?: Record<string, number>;
}
const CLINICAL: Bar = { postRecall: 0.97, spanRecall: { NAME: 0.95, DATE: 0.95, PHONE: 0.95, EMAIL: 0.95, ID: 0.95, ADDRESS: 0.95, AGE: 0.9 } };
const GENERAL: Bar = { spanRecall: { NAME: 0.9, PHONE: 0.9, EMAIL: 0.9, ID: 0.9 } };
const BENIGN: Bar = { okShare: 0.97 };
function barFor(name: string): Bar | undefined {
  if (name.startsWith('meddocan_es_posts') || name === 'eds_pseudo_fr') return CLINICAL;
  if (name === 'presidio_synth_en' || name.startsWith('echr_')) return GENERAL;
  if (name === 'health_news_tweets_en' || name === 'corona_mini_tr') return BENIGN;
  return undefined;
}

const work = mkdtempSync(join(tmpdir(), 'safepost-eval-'));
const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '  n/a ' : x.toFixed(4));
const failures: string[] = [];

const JURISDICTION_OF: Record<string, string> = { en: 'hipaa-us', fr: 'gdpr-eu', es: 'gdpr-eu', it: 'gdpr-eu', tr: 'kvkk-tr' };

function policyFor(corpusFile: string): string {
  const first = JSON.parse(readFileSync(corpusFile, 'utf8').split('\n', 1)[0]!) as { lang: string };
  const jurisdiction = JURISDICTION_OF[first.lang] ?? 'hipaa-us';
  const file = join(work, `${jurisdiction}.policy.json`);
  writeFileSync(file, JSON.stringify({ jurisdiction }));
  return file;
}

function predict(corpusFile: string): string {
  const out = join(work, `${corpusFile.split('/').pop()}.pred.jsonl`);
  const run = spawnSync('node', [CLI, 'check', '--jsonl', '--policy', policyFor(corpusFile)], { input: readFileSync(corpusFile), maxBuffer: 1 << 30 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`safepost failed on ${corpusFile}: ${run.stderr.toString()}`);
  writeFileSync(out, run.stdout);
  return out;
}

function score(corpusFile: string, predictions: string): Report {
  const json = join(work, 'score.json');
  const run = spawnSync('node', [join(CORPUS, 'score.mjs'), corpusFile, predictions, '--json', json, '--quiet']);
  if (run.status !== 0) throw new Error(`score.mjs failed on ${corpusFile}: ${run.stderr.toString()}`);
  return JSON.parse(readFileSync(json, 'utf8')) as Report;
}

function print(name: string, report: Report, bar: Bar | undefined): void {
  const rows: Array<[string, Summary]> = [['all', report.total], ...Object.entries(report.by_lang).filter(() => Object.keys(report.by_lang).length > 1)];
  for (const [lang, s] of rows) {
    const labels = Object.entries(s.span_recall_by_label)
      .map(([label, v]) => `${label}=${fmt(v.recall)}(${v.found}/${v.gold})`)
      .join(' ');
    console.log(`${name.padEnd(26)} ${lang.padEnd(4)} posts phi=${s.posts_phi} nophi=${s.posts_nophi}  post_recall=${fmt(s.post_recall)}  false_alarm=${fmt(s.post_false_alarm)}`);
    if (labels) console.log(`${''.padEnd(31)} span recall: ${labels}`);
  }
  if (!bar) return;
  const s = report.total;
  const check = (what: string, value: number | null, min: number) => {
    const ok = value !== null && value >= min;
    console.log(`${''.padEnd(31)} ${ok ? 'PASS' : 'FAIL'} ${what} ${fmt(value)} (bar ${min})`);
    if (!ok) failures.push(`${name}: ${what} ${fmt(value)} < ${min}`);
  };
  if (bar.postRecall !== undefined) check('post recall', s.post_recall, bar.postRecall);
  if (bar.okShare !== undefined) check('verdict ok share', s.post_false_alarm === null ? null : 1 - s.post_false_alarm, bar.okShare);
  for (const [label, min] of Object.entries(bar.spanRecall ?? {})) {
    const v = s.span_recall_by_label[label];
    if (v && v.gold > 0) check(`span recall ${label}`, v.recall, min);
  }
}

/** MEDDOCAN ids carry their split ("meddocan-train-…"): test is scored apart. */
function splitMeddocan(file: string): Array<[string, string]> {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const base = file.split('/').pop()!.replace('.jsonl', '');
  const parts: Array<[string, string[]]> = [
    [`${base}[train+dev]`, lines.filter((l) => !l.includes('"meddocan-test-'))],
    [`${base}[test]`, lines.filter((l) => l.includes('"meddocan-test-'))],
  ];
  return parts.map(([name, subset]) => {
    const path = join(work, `${name}.jsonl`);
    writeFileSync(path, `${subset.join('\n')}\n`);
    return [name, path];
  });
}

try {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).sort();
  for (const f of files) {
    const path = join(CORPUS, f);
    const name = f.replace('.jsonl', '');
    const predictions = predict(path);
    const parts: Array<[string, string]> = name.startsWith('meddocan') ? splitMeddocan(path) : [[name, path]];
    for (const [partName, partFile] of parts) print(partName, score(partFile, predictions), barFor(partName));
  }
  console.log(failures.length ? `\n${failures.length} bar(s) not met:\n  ${failures.join('\n  ')}` : '\nevery bar met');
  process.exitCode = failures.length ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
