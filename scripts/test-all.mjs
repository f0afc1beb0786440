// Runs every check the project has, in order, and ends with the line CI reads: "N passed, N failed".
// Vitest suites count their tests; every other step (typecheck, lint, builds, web-ext lint) counts as one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];
const failedTests = [];

function run(cmd, args) {
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return { ok: res.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function step(name, cmd, args, { forbid } = {}) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  let ok;
  let seconds;
  if (forbid) {
    const started = Date.now();
    const res = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    const out = `${res.stdout}${res.stderr}`;
    process.stdout.write(out);
    const bad = forbid.find((re) => re.test(out));
    if (bad) console.log(`--- ${name}: output matches ${bad}`);
    ok = res.status === 0 && !bad;
    seconds = ((Date.now() - started) / 1000).toFixed(1);
  } else {
    ({ ok, seconds } = run(cmd, args));
  }
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${seconds}s)`);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function vitestSuite(name, config) {
  if (only.length && !only.includes(name)) return;
  const out = `${RESULTS}/${name}.json`;
  console.log(`\n=== ${name}: vitest (${config})`);
  const { seconds } = run('npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    failed++;
    failures.push(`${name} (no report)`);
    return;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0 || !report.success) failures.push(name);
  if (!report.success && report.numFailedTests === 0) failed++; // a suite that failed to load
  for (const file of report.testResults ?? []) {
    const where = file.name.replace(`${process.cwd()}/`, '');
    if (file.status === 'failed' && !file.assertionResults?.length) failedTests.push(`${where}: ${file.message ?? 'did not load'}`);
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const why = (test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300);
      failedTests.push(`${where} > ${test.fullName}: ${why}`);
    }
  }
  console.log(`=== ${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed (${seconds}s)`);
}

const WARNING = [/\bWARN\b/, /warning/i];
step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
vitestSuite('unit', 'vitest.config.ts');
step('build-chrome', 'npx', ['wxt', 'zip'], { forbid: WARNING });
step('build-firefox', 'npx', ['wxt', 'zip', '-b', 'firefox'], { forbid: WARNING });
step('web-ext-lint', 'node', ['scripts/webext-lint.mjs']);
vitestSuite('e2e', 'vitest.e2e.config.ts');
vitestSuite('trust', 'vitest.trust.config.ts');

console.log('');
// Repeated at the very end, where a truncated CI log still shows them.
for (const line of failedTests) console.log(`FAILED ${line}`);
if (failures.length) console.log(`failed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
