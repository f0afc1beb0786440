import { compileCustomPattern, matchAll } from '../../policy/customPattern';
import type { CustomPattern } from '../../policy/schema';
import type { Candidate } from '../detector';
import { PhraseMatcher } from '../lexicon/phraseMatcher';
import type { Token } from '../text/tokenize';
import type { Severity } from '../types';

/**
 * The organisation's own identifier patterns (policy.customPatterns), compiled by the policy's
 * compileCustomPattern (re2js: matching time linear in the text, so an admin's "(a+)+$" cannot freeze
 * a browser). A pattern RE2 refuses — backreferences and lookarounds, the constructs that backtrack
 * catastrophically elsewhere — is left out with a message naming it, and the other patterns keep working.
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

/** Constructs RE2 refuses that backtracking engines run in exponential time: backreferences, lookarounds. */
export const BACKTRACKING_SYNTAX = /\\[1-9]|\\k<|\(\?<?[=!]/;

function refusal(pattern: CustomPattern, detail: string, error: 'invalid' | 'empty_match'): string {
  if (error === 'empty_match') return `Custom pattern "${pattern.name}" was refused: it matches empty text, so it would flag everything (${detail}).`;
  return BACKTRACKING_SYNTAX.test(pattern.pattern)
    ? `Custom pattern "${pattern.name}" was refused: backreferences and lookarounds can make matching take exponential time (catastrophic backtracking). Rewrite it without them. (${detail})`
    : `Custom pattern "${pattern.name}" was refused: it is not a valid regular expression (${detail}).`;
}

export function compileOrganisationPattern(pattern: CustomPattern): PatternCompilation {
  const compiled = compileCustomPattern(pattern.pattern, pattern.flags);
  if (!compiled.ok) return { ok: false, problem: refusal(pattern, compiled.detail, compiled.error) };
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
        const contextHits = needsContext ? context.match(tokens) : [];
        if (needsContext && contextHits.length === 0) return [];
        return matchAll(compiled.regex, text)
          .filter(({ start, end }) => end - start <= MAX_MATCH && (!needsContext || contextHits.some((h) => near(tokens, h.first, h.end, start, end))))
          .map(({ start, end }) => ({ start, end, category: 'CUSTOM', ruleId, strength: 'strong', reason: { key: 'reason_custom', values: { name: pattern.name } } }));
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
