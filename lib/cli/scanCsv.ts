import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { t } from '../i18n';
import type { Category, Checker, Lang, Verdict } from '../checker/types';

/**
 * `safepost scan export.csv --column text`: checks every row of an export of past posts and prints a
 * summary — how many rows are ok, warn, block; which kinds of findings; and which rows to review (row
 * numbers and categories only: the audit does not print the posts themselves).
 */
const MAX_LISTED = 50;

export function scanCsv(checker: Checker, file: string, column: string, ui: Lang, out: (line: string) => void): number {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true }) as Record<string, string>[];
  if (rows.length && !(column in rows[0]!)) {
    throw new Error(t(ui, 'cli_scan_no_column', { column, columns: Object.keys(rows[0]!).join(', ') }));
  }
  const verdicts: Record<Verdict, number> = { ok: 0, warn: 0, block: 0 };
  const categories = new Map<Category, number>();
  const flagged: string[] = [];
  rows.forEach((row, index) => {
    const result = checker.check(row[column] ?? '');
    verdicts[result.verdict]++;
    const kinds = [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.category))];
    for (const k of kinds) categories.set(k, (categories.get(k) ?? 0) + 1);
    // Row numbers count the header line, as spreadsheets show them.
    if (result.verdict !== 'ok') flagged.push(`  ${String(index + 2).padStart(6)}  ${t(ui, `cli_verdict_${result.verdict}`).padEnd(8)} ${kinds.map((k) => t(ui, `category_${k}`)).join(', ')}`);
  });
  out(t(ui, 'cli_scan_summary', { rows: rows.length, ok: verdicts.ok, warn: verdicts.warn, block: verdicts.block }));
  if (categories.size) {
    out(t(ui, 'cli_scan_categories'));
    for (const [category, count] of [...categories].sort((x, y) => y[1] - x[1])) out(`  ${t(ui, `category_${category}`).padEnd(28)} ${count}`);
  }
  if (flagged.length) {
    out(t(ui, 'cli_scan_rows', { count: flagged.length }));
    for (const line of flagged.slice(0, MAX_LISTED)) out(line);
    if (flagged.length > MAX_LISTED) out(t(ui, 'cli_scan_more', { count: flagged.length - MAX_LISTED }));
  }
  return verdicts.block ? 1 : 0;
}
