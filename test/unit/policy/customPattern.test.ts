import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { compileCustomPattern, matchAll } from '../../../lib/policy/customPattern';

function compiled(pattern: string, flags = '') {
  const result = compileCustomPattern(pattern, flags);
  if (!result.ok) throw new Error(`${pattern}: ${result.detail}`);
  return result.regex;
}

describe('custom patterns', () => {
  it('finds matches with UTF-16 offsets, as the checker reports them', () => {
    const text = '😀 MRN-1234567 and mrn 7654321';
    expect(matchAll(compiled('MRN[- ]?\\d{7}', 'i'), text).map(({ start, end }) => text.slice(start, end))).toEqual(['MRN-1234567', 'mrn 7654321']);
  });

  it.each([
    ['i', 'abc', 'ABC', true],
    ['', 'abc', 'ABC', false],
    ['s', 'a.b', 'a\nb', true],
    ['', 'a.b', 'a\nb', false],
    ['m', '^b', 'a\nb', true],
    ['', '^b', 'a\nb', false],
  ])('flags %j: /%s/ on %j matches: %s', (flags, pattern, text, expected) => {
    expect(matchAll(compiled(pattern, flags), text).length > 0).toBe(expected);
  });

  it.each([
    ['(a+)+$', 'a'.repeat(40) + '!'],
    ['^(\\w+\\s?)+$', 'word '.repeat(30) + '!'],
    ['^(\\d+)*x', '1'.repeat(40)],
  ])('runs %s in linear time although a backtracking engine would not', (pattern, attack) => {
    // The premise: a backtracking engine (V8's) is exponential on this pattern.
    expect(checkSync(pattern, '').status).toBe('vulnerable');
    // re2js does not backtrack, so the attack string finishes at once (a regression to
    // `new RegExp` would hang here until the test times out).
    expect(matchAll(compiled(pattern), attack)).toEqual([]);
  });

  it.each([
    ['(a)\\1', 'invalid'],
    ['(?=a)', 'invalid'],
    ['(?!a)b', 'invalid'],
    ['(?<=a)b', 'invalid'],
    ['[', 'invalid'],
    ['a{2000}', 'invalid'],
    ['x*', 'empty_match'],
    ['\\b', 'empty_match'],
    ['(?:)', 'empty_match'],
  ])('refuses %s (%s) with an explanation', (pattern, error) => {
    const result = compileCustomPattern(pattern);
    expect(result).toMatchObject({ ok: false, error });
    expect(result.ok || result.detail.length > 0).toBe(true);
  });
});
