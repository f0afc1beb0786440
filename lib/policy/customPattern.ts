import { RE2JS } from 're2js';

/**
 * Admins' own identifier patterns run on every keystroke of every draft, so they are compiled and
 * matched with re2js, a port of RE2 whose matching time is linear in the text: no pattern can
 * backtrack catastrophically, because nothing backtracks. What RE2 cannot run in linear time
 * (backreferences, lookahead, lookbehind) does not compile, and the policy is refused with
 * re2js's explanation. Checkers must match custom patterns through `compileCustomPattern`,
 * never through `new RegExp(pattern)`.
 */
export type CompiledPattern = { ok: true; regex: RE2JS } | { ok: false; error: 'invalid' | 'empty_match'; detail: string };

const FLAG_BITS: Record<string, number> = {
  i: RE2JS.CASE_INSENSITIVE,
  s: RE2JS.DOTALL,
  m: RE2JS.MULTILINE,
  u: 0,
};

/** Texts on which a pattern must not match an empty string (it would flag every position). */
const EMPTY_MATCH_PROBES = ['', 'x', 'Az 09 -.'];

export function compileCustomPattern(pattern: string, flags = ''): CompiledPattern {
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(pattern, [...flags].reduce((bits, f) => bits | (FLAG_BITS[f] ?? 0), 0));
  } catch (err) {
    return { ok: false, error: 'invalid', detail: err instanceof Error ? err.message : String(err) };
  }
  for (const probe of EMPTY_MATCH_PROBES) {
    const m = regex.matcher(probe);
    while (m.find()) {
      if (m.start() === m.end()) return { ok: false, error: 'empty_match', detail: `matches "" in "${probe}"` };
    }
  }
  return { ok: true, regex };
}

/** Every match of a compiled pattern as UTF-16 offsets into text, in order, none empty. */
export function matchAll(regex: RE2JS, text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const m = regex.matcher(text);
  while (m.find()) {
    if (m.end() > m.start()) found.push({ start: m.start(), end: m.end() });
  }
  return found;
}
