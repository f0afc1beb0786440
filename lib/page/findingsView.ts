import type { Category, CheckResult, Finding, Reason, Severity, Verdict } from '../checker/types';

/** One finding as the panel shows it. */
export interface PanelItem {
  /** Stable for the finding while the draft keeps it (used to ignore it once). */
  id: string;
  /** The text found, or empty for a finding about the whole composer (an attachment). */
  excerpt: string;
  category: Category;
  severity: Severity;
  reason: Reason;
}

/** Ignoring is by what was found and by which rule, so it holds while the text around it changes. */
export function findingId(text: string, f: Finding): string {
  return `${f.ruleId}:${f.category}:${text.slice(f.start, f.end)}`;
}

/** What the panel lists for a result: its findings less the ignored ones. */
export function panelItems(result: CheckResult, text: string, ignored: readonly string[]): PanelItem[] {
  return result.findings
    .map((f) => ({
      id: findingId(text, f),
      excerpt: text.slice(f.start, f.end),
      category: f.category,
      severity: f.severity,
      reason: f.reason,
    }))
    .filter((item) => !ignored.includes(item.id));
}

const RANK: Record<Verdict, number> = { ok: 0, warn: 1, block: 2 };
const AS_VERDICT: Record<Severity, Verdict> = { info: 'ok', warn: 'warn', block: 'block' };

/**
 * What the badge shows: the checker's verdict, until the user ignores findings; then the most
 * serious of those left (ok once none is).
 */
export function badgeVerdict(result: CheckResult, items: readonly PanelItem[]): Verdict {
  if (items.length === result.findings.length) return result.verdict;
  return items.reduce<Verdict>((worst, item) => (RANK[AS_VERDICT[item.severity]] > RANK[worst] ? AS_VERDICT[item.severity] : worst), 'ok');
}

/**
 * The checker's redacted text, except that findings the user ignored keep their original text.
 * The placeholders are read back out of `redacted`, which is the text with each finding replaced in
 * order; if it does not have that shape, the checker's redaction is used whole.
 */
export function redactExcept(text: string, result: CheckResult, ignored: readonly string[]): string {
  const keep = result.findings.map((f) => ignored.includes(findingId(text, f)));
  if (!keep.some(Boolean)) return result.redacted;
  let out = '';
  let at = 0; // in text
  let r = 0; // in result.redacted
  for (let i = 0; i < result.findings.length; i++) {
    const f = result.findings[i]!;
    const between = text.slice(at, f.start);
    if (!result.redacted.startsWith(between, r)) return result.redacted;
    r += between.length;
    const next = result.findings[i + 1];
    if (next && next.start === f.end) return result.redacted; // adjacent placeholders cannot be told apart
    const after = text.slice(f.end, next ? next.start : text.length);
    // The placeholder ends where the unchanged text after the finding begins.
    const end = next ? result.redacted.indexOf(after, r) : result.redacted.length - after.length;
    if (end < r || !result.redacted.endsWith(after, next ? end + after.length : undefined)) return result.redacted;
    out += between + (keep[i] ? text.slice(f.start, f.end) : result.redacted.slice(r, end));
    r = end;
    at = f.end;
  }
  return out + text.slice(at);
}
