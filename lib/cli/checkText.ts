import { t } from '../i18n';
import type { Checker, Lang } from '../checker/types';

/** `safepost check "text"`: the verdict, each finding with its reason, the redacted text and any suggested reply. */
export function checkText(checker: Checker, text: string, ui: Lang, lang: Lang | undefined, out: (line: string) => void): number {
  const result = checker.check(text, { lang });
  out(t(ui, 'cli_check_verdict', { verdict: t(ui, `cli_verdict_${result.verdict}`), lang: result.lang, count: result.findings.length }));
  for (const f of result.findings) {
    const excerpt = f.end > f.start ? JSON.stringify(text.slice(f.start, f.end)) : '—';
    out(`  ${f.start}-${f.end}  ${f.severity.padEnd(5)}  ${t(ui, `category_${f.category}`)}: ${excerpt}`);
    out(`      ${t(ui, f.reason.key, f.reason.values)}`);
  }
  if (result.findings.length) out(t(ui, 'cli_redacted', { text: result.redacted }));
  if (result.reply) out(t(ui, 'cli_reply', { text: result.reply }));
  return result.verdict === 'ok' ? 0 : 1;
}
