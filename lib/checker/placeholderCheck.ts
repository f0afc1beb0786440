import type { Checker, CheckOptions, CheckResult, Finding, Lang } from './types';

/**
 * PLACEHOLDER CHECKER — stands in until the real engine lands, so the extension can be wired and
 * tested end to end. It only knows emails, long digit runs and a handful of English health words.
 */
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;
const DIGITS = /\b\d{3}[-.\s]?\d{3}[-.\s]?\d{4}\b/g;
const HEALTH = /\b(surgery|diagnosis|cancer|diabetes|results)\b/gi;

const PRIVATE_REPLY = 'Thank you for reaching out. Please send us a direct message so we can help you privately.';

export function createPlaceholderChecker(allowedTerms: readonly string[] = []): Checker {
  return {
    check(text: string, options: CheckOptions = {}): CheckResult {
      const lower = text.toLowerCase();
      const allowed = allowedTerms.flatMap((term) => {
        const spans: [number, number][] = [];
        for (let i = lower.indexOf(term.toLowerCase()); i >= 0; i = lower.indexOf(term.toLowerCase(), i + 1)) spans.push([i, i + term.length]);
        return spans;
      });
      const findings: Finding[] = [];
      const scan = (re: RegExp, category: Finding['category'], severity: Finding['severity']) => {
        for (const m of text.matchAll(re)) {
          if (allowed.some(([s, e]) => s < m.index + m[0].length && m.index < e)) continue;
          findings.push({
            start: m.index,
            end: m.index + m[0].length,
            category,
            severity,
            ruleId: `placeholder.${category.toLowerCase()}`,
            reason: { key: `reason_${category}` },
          });
        }
      };
      scan(EMAIL, 'EMAIL', 'warn');
      scan(DIGITS, 'PHONE', 'warn');
      scan(HEALTH, 'HEALTH', 'info');
      findings.sort((a, b) => a.start - b.start);
      const hasIdentifier = findings.some((f) => f.category !== 'HEALTH');
      const hasHealth = findings.some((f) => f.category === 'HEALTH');
      const verdict = hasIdentifier ? (hasHealth ? 'block' : 'warn') : 'ok';
      let redacted = text;
      for (const f of [...findings].reverse()) {
        redacted = redacted.slice(0, f.start) + `[${f.category}]` + redacted.slice(f.end);
      }
      const lang: Lang = options.lang ?? 'en';
      // A reply about someone's care: offer to move it to a private channel.
      const suggestPrivateChannel = options.inReplyTo !== undefined && hasHealth;
      return {
        verdict,
        findings: verdict === 'ok' ? [] : findings,
        suggestPrivateChannel,
        ...(suggestPrivateChannel && { reply: PRIVATE_REPLY }),
        redacted,
        lang,
      };
    },
  };
}
