import { RE2JS } from 're2js';
import type { CustomPattern } from '../../policy/schema';
import type { Candidate } from '../detector';
import { PhraseMatcher } from '../lexicon/phraseMatcher';
import type { Token } from '../text/tokenize';
import type { Severity } from '../types';

/**
 * The organisation's own identifier patterns (policy.customPatterns), run with RE2 (re2js): matching
 * time grows linearly with the text whatever the pattern, so an admin's "(a+)+$" cannot freeze a
 * browser. What RE2 cannot run in linear time — backreferences, lookarounds — is refused with a message
 * that names the pattern, and the other patterns keep working.
 */
export interface CompiledPattern {
  name: string;
  severity: Severity;
  find(text: string, tokens: readonly Token[]): Candidate[];
}

export type PatternCompilation = { ok: true; pattern: CompiledPattern } | { ok: false; problem: string };

const CONTEXT = 1;
/** How many words around a match a context word may be. */
const CONTEXT_WINDOW = 8;
/** A match longer than this is a pattern gone wrong (".*"), not an identifier. */
const MAX_MATCH = 200;

function flagsOf(flags: string): number {
  let f = 0;
  if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) f |= RE2JS.MULTILINE;
  if (flags.includes('s')) f |= RE2JS.DOTALL;
  return f;
}

function explain(pattern: CustomPattern, err: unknown): string {
  const detail = err instanceof Error ? err.message : String(err);
  const unsafe = /\\[1-9]|\(\?[=!<]/.test(pattern.pattern);
  return unsafe
    ? `Custom pattern "${pattern.name}" was refused: backreferences and lookarounds can make matching take exponential time (catastrophic backtracking). Rewrite it without them. (${detail})`
    : `Custom pattern "${pattern.name}" was refused: it is not a valid regular expression (${detail}).`;
}

export function compileCustomPattern(pattern: CustomPattern): PatternCompilation {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern.pattern, flagsOf(pattern.flags));
  } catch (err) {
    return { ok: false, problem: explain(pattern, err) };
  }
  if (re.matches('')) return { ok: false, problem: `Custom pattern "${pattern.name}" was refused: it matches empty text, so it would flag everything.` };
  const context = new PhraseMatcher();
  for (const word of pattern.contextWords) context.add(word, CONTEXT);
  const needsContext = pattern.contextWords.length > 0;
  const ruleId = `custom.${pattern.name}`;
  return {
    ok: true,
    pattern: {
      name: pattern.name,
      severity: pattern.severity,
      find(text, tokens) {
        const found: Candidate[] = [];
        const contextHits = needsContext ? context.match(tokens) : [];
        if (needsContext && contextHits.length === 0) return found;
        const m = re.matcher(text);
        while (m.find()) {
          const start = m.start();
          const end = m.end();
          if (end === start || end - start > MAX_MATCH) continue;
          if (needsContext && !contextHits.some((h) => near(tokens, h.first, h.end, start, end))) continue;
          found.push({ start, end, category: 'CUSTOM', ruleId, strength: 'strong', reason: { key: 'reason_custom', values: { name: pattern.name } } });
        }
        return found;
      },
    },
  };
}

/** Is the context phrase tokens [first, end) within CONTEXT_WINDOW words of the match [start, stop)? */
function near(tokens: readonly Token[], first: number, end: number, start: number, stop: number): boolean {
  const windowStart = tokens[Math.max(0, first - CONTEXT_WINDOW)]!.start;
  const windowEnd = tokens[Math.min(tokens.length - 1, end - 1 + CONTEXT_WINDOW)]!.end;
  return windowStart < stop && start < windowEnd;
}
