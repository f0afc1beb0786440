import type { Checker, CheckOptions, CheckResult } from './checker/types';

/**
 * The longest text checked in one go: three times the longest post any supported site takes
 * (Facebook's 63,206 characters), and at the checker's bar of 3 ms per 10,000 characters about
 * 60 ms of work. A longer paste is checked up to here and the UI says so, instead of tying up the
 * checker.
 */
export const MAX_CHECKED_CHARS = 200_000;

/** A check result, plus how much of the text was checked when it was longer than the budget. */
export interface BudgetedResult extends CheckResult {
  /** Set only when the text was cut: the number of leading UTF-16 code units checked. */
  checkedChars?: number;
}

/** Where to cut text for checking: at the budget, moved back so a surrogate pair is never split. */
export function checkedLength(text: string): number {
  if (text.length <= MAX_CHECKED_CHARS) return text.length;
  const last = text.charCodeAt(MAX_CHECKED_CHARS - 1);
  return last >= 0xd800 && last <= 0xdbff ? MAX_CHECKED_CHARS - 1 : MAX_CHECKED_CHARS;
}

/**
 * Checks at most MAX_CHECKED_CHARS of text. Findings' offsets stay valid for the whole text, and
 * `redacted` keeps the unchecked rest so that applying it never drops what the user wrote.
 */
export function checkWithinBudget(checker: Checker, text: string, options: CheckOptions): BudgetedResult {
  const end = checkedLength(text);
  if (end === text.length) return checker.check(text, options);
  const result = checker.check(text.slice(0, end), options);
  return { ...result, redacted: result.redacted + text.slice(end), checkedChars: end };
}
