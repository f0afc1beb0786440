// Git merge driver for the locale catalogs (see .gitattributes): a three-way merge by key, so two
// changes that add different messages never conflict. A message one side deleted stays deleted
// (keys are renamed, not re-purposed); where both sides changed one key differently, ours wins and
// the key is reported.
import { readFileSync, writeFileSync } from 'node:fs';

const [basePath, oursPath, theirsPath] = process.argv.slice(2);
const read = (p) => {
  try {
    return JSON.parse(readFileSync(p, 'utf8'));
  } catch {
    return {};
  }
};
const base = read(basePath);
const ours = read(oursPath);
const theirs = read(theirsPath);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const merged = {};
for (const key of new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)])) {
  const [b, o, t] = [base[key], ours[key], theirs[key]];
  let value;
  if (b !== undefined && (o === undefined || t === undefined)) value = undefined;
  else if (same(o, t)) value = o;
  else if (same(o, b)) value = t;
  else if (same(t, b)) value = o;
  else {
    value = o ?? t;
    console.error(`merge-json: both sides changed "${key}"; kept ours`);
  }
  if (value !== undefined) merged[key] = value;
}
const sorted = Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
writeFileSync(oursPath, `${JSON.stringify(sorted, null, 2)}\n`);
