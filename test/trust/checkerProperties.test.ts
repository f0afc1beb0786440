import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWithinBudget, MAX_CHECKED_CHARS } from '../../lib/checkBudget';
import { createChecker } from '../../lib/checker';
import type { CheckResult } from '../../lib/checker/types';
import { DEFAULT_POLICY } from '../../lib/policy/schema';
import { withoutPlaceholders } from '../../lib/checker/engine/redact';

/**
 * Properties of the checker on any input, including lone surrogates, control characters, mixed
 * scripts and text built from PHI-like pieces so that findings actually occur.
 */
const checker = createChecker(DEFAULT_POLICY);

const PIECES = [
  'Mrs Diaz', 'Dr. Okafor', 'patient', 'my patient', 'call 555-201-4477', '(555) 201 4477', 'jane.doe@example.org', '123-45-6789',
  'MRN 00482913', 'room 12B', 'born 03/04/1931', 'aged 93', 'surgery', 'biopsy results', 'diabetes', 'chimio', 'cita', 'randevunuz',
  '1 Main St', '75011 Paris', 'https://example.org/p/12', '@handle', '192.168.0.1', '４５５', '555\u200b201\u200b4477', '5️⃣5️⃣5️⃣',
  'مريض', 'חולה', '患者', '\ud800', '\udc00', '\u0000', '\r\n', '\t', ' ', '.', ',',
];
const phiLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(phiLike, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme-composite', maxLength: 200 }));
const context = fc.record({ inReplyTo: fc.option(phiLike, { nil: undefined }), lang: fc.constantFrom(undefined, 'en', 'fr', 'es', 'it', 'tr' as const) });

function expectWellFormed(text: string, result: CheckResult) {
  let previousEnd = 0;
  for (const f of result.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(previousEnd); // sorted and non-overlapping
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    previousEnd = f.end;
  }
  expect(['ok', 'warn', 'block']).toContain(result.verdict);
}

/** The parts of the text outside every finding: a finding's text may survive redaction only if it also appears there. */
function unflaggedText(text: string, result: CheckResult): string {
  const parts: string[] = [];
  let at = 0;
  for (const f of result.findings) {
    parts.push(text.slice(at, f.start));
    at = f.end;
  }
  parts.push(text.slice(at));
  return parts.join('\u0000');
}

describe('checker properties (fast-check)', () => {
  it('never throws; offsets are in bounds, sorted, non-overlapping; deterministic', () => {
    fc.assert(
      fc.property(anyText, context, (text, options) => {
        const result = checker.check(text, options);
        expectWellFormed(text, result);
        expect(checker.check(text, options)).toEqual(result);
      }),
      { numRuns: 400 },
    );
  });

  it('redacted text contains no finding text (unless the same characters also stand unflagged elsewhere)', () => {
    fc.assert(
      fc.property(phiLike, (text) => {
        const result = checker.check(text);
        const rest = unflaggedText(text, result);
        for (const f of result.findings) {
          const found = text.slice(f.start, f.end);
          if (found.trim().length < 2 || rest.includes(found)) continue;
          // A placeholder is no leak (counterexample: "[patient]" for the word "patient").
          expect(withoutPlaceholders(result.redacted, result.lang)).not.toContain(found);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a text beyond the budget is checked up to it, keeps its unchecked rest, and never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(MAX_CHECKED_CHARS / 2 + 10_000); // the cut falls inside a pair
    const text = `call 555-201-4477 about your surgery ${emoji}`;
    const result = checkWithinBudget(checker, text, {});
    expect(result.checkedChars).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
    expect(result.checkedChars).toBeGreaterThan(MAX_CHECKED_CHARS - 2);
    const cut = text.charCodeAt(result.checkedChars! - 1);
    expect(cut >= 0xd800 && cut <= 0xdbff).toBe(false);
    expectWellFormed(text, result);
    expect(result.redacted.endsWith(text.slice(result.checkedChars))).toBe(true);
    expect(result.verdict).not.toBe('ok');
    expect(checkWithinBudget(checker, 'short text', {}).checkedChars).toBeUndefined();
  });
});
