// Span recall of the identifier and contact detectors alone over ../shared/corpus, and how many
// candidates they raise on the benign files. Usage: npx tsx scripts/eval-ids.ts [--jurisdiction hipaa-us]
// MEDDOCAN is reported as train+dev (for tuning) and test (held out) separately.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectIdentifiers } from '../lib/checker/ids';
import { normalize } from '../lib/checker/normalize';
import type { Lang } from '../lib/checker/types';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
const jurisdiction = process.argv.includes('--jurisdiction') ? process.argv[process.argv.indexOf('--jurisdiction') + 1]! : 'hipaa-us';
const LABELS = ['PHONE', 'EMAIL', 'ID', 'URL', 'IP', 'LOCATION'];

interface Post {
  id: string;
  lang: Lang;
  text: string;
}
const read = (file: string): Post[] =>
  readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Post);

function predict(posts: Post[]) {
  return posts.map((post) => {
    const input = normalize(post.text);
    const candidates = detectIdentifiers(input, { lang: post.lang, jurisdiction });
    return {
      id: post.id,
      verdict: candidates.length ? 'warn' : 'ok',
      findings: candidates.map((c) => ({ start: input.toOriginal(c.start), end: input.toOriginal(c.end), category: c.category, strength: c.strength })),
    };
  });
}

const dir = mkdtempSync(join(tmpdir(), 'eval-ids-'));
function score(name: string, posts: Post[]) {
  const corpusFile = join(dir, `${name}.corpus.jsonl`);
  const predFile = join(dir, `${name}.pred.jsonl`);
  const jsonFile = join(dir, `${name}.json`);
  writeFileSync(corpusFile, posts.map((p) => JSON.stringify(p)).join('\n'));
  writeFileSync(predFile, predict(posts).map((p) => JSON.stringify(p)).join('\n'));
  execFileSync('node', [join(CORPUS, 'score.mjs'), corpusFile, predFile, '--json', jsonFile, '--quiet']);
  const labels = JSON.parse(readFileSync(jsonFile, 'utf8')).total.span_recall_by_label as Record<string, { gold: number; found: number; recall: number }>;
  const cells = LABELS.filter((l) => labels[l]).map((l) => `${l}=${labels[l]!.recall.toFixed(3)} (${labels[l]!.found}/${labels[l]!.gold})`);
  console.log(`${name.padEnd(22)} ${cells.join('  ')}`);
}

const meddocan = read('meddocan_es_posts.jsonl');
score('meddocan train+dev', meddocan.filter((p) => !p.id.startsWith('meddocan-test-')));
score('meddocan test', meddocan.filter((p) => p.id.startsWith('meddocan-test-')));
score('eds_pseudo_fr', read('eds_pseudo_fr.jsonl'));
score('presidio_synth_en', read('presidio_synth_en.jsonl'));
score('echr_fr', read('echr_fr_posts.jsonl'));
score('echr_es', read('echr_es_posts.jsonl'));

for (const file of ['health_news_tweets_en.jsonl', 'corona_mini_tr.jsonl']) {
  const posts = read(file);
  const predictions = predict(posts);
  const counts: Record<string, number> = {};
  for (const p of predictions) for (const f of p.findings) counts[`${f.category}/${f.strength}`] = (counts[`${f.category}/${f.strength}`] ?? 0) + 1;
  const flagged = predictions.filter((p) => p.findings.some((f) => f.category !== 'URL' && f.category !== 'HANDLE')).length;
  console.log(`${file.padEnd(28)} posts=${posts.length} with a non-URL/handle candidate=${flagged} candidates: ${JSON.stringify(counts)}`);
}
