import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { OptionsProblems } from '../../components/OptionsProblems';
import { createChecker } from '../../lib/checker';
import { compileCustomPattern, matchAll } from '../../lib/policy/customPattern';
import { resolvePolicy, type GoodSources } from '../../lib/policy/merge';
import { parseManagedPolicy, parsePolicyLayer } from '../../lib/policy/validate';

/**
 * A malformed or hostile managed policy never switches checking off: it is refused, the last good
 * policy stays in force, and the refusal names the key so the options page can show it.
 */
const PHI = 'Mrs Diaz, call 555-201-4477 about your surgery results';
const GOOD_MANAGED = { enforcement: 'block', allowedTerms: ['Riverside Clinic'] };

function lastGood(): GoodSources {
  const first = resolvePolicy({ managed: GOOD_MANAGED, user: undefined });
  expect(first.problems).toEqual([]);
  return first.good;
}

const fromJson = (json: string): unknown => JSON.parse(json);

const HOSTILE: [string, unknown][] = [
  ['not an object', 'block everything'],
  ['an array', [GOOD_MANAGED]],
  ['null', null],
  ['a wrong type', { enforcement: 0 }],
  ['an unknown enforcement', { enforcement: 'off' }],
  ['an unknown key', { disableChecking: true }],
  ['allowed terms as a string', { allowedTerms: 'everything' }],
  ['a huge list', { allowedTerms: Array.from({ length: 200_000 }, (_, i) => `term${i}`) }],
  ['a huge string', { organization: { name: 'x'.repeat(5_000_000) } }],
  ['too many patterns', { customPatterns: Array.from({ length: 5000 }, (_, i) => ({ name: `p${i}`, pattern: `MRN${i}` })) }],
  ['a pattern that is not a regex', { customPatterns: [{ name: 'bad', pattern: '(unclosed' }] }],
  ['a backreference (not linear-time)', { customPatterns: [{ name: 'backref', pattern: '(a+)\\1' }] }],
  ['a lookahead (not linear-time)', { customPatterns: [{ name: 'look', pattern: '(?=a)a' }] }],
  ['a pattern that matches empty text', { customPatterns: [{ name: 'empty', pattern: 'a*' }] }],
  ['__proto__ at the top', fromJson('{"__proto__": {"enforcement": "warn"}}')],
  ['__proto__ nested', fromJson('{"detectors": {"__proto__": {"enabled": false}}}')],
  ['constructor.prototype', fromJson('{"constructor": {"prototype": {"enforcement": "warn"}}}')],
  ['__proto__ in defaults', fromJson('{"defaults": {"__proto__": {"polluted": true}}}')],
  ['deep nesting', JSON.parse(`${'{"defaults":'.repeat(1)}${'{"organization":'.repeat(1)}${'['.repeat(2000)}${']'.repeat(2000)}}}`)],
];

describe('hostile managed policy', () => {
  it.each(HOSTILE)('%s: refused by key, the last good policy stays, checking goes on', (_label, hostile) => {
    const good = lastGood();
    const started = performance.now();
    const next = resolvePolicy({ managed: hostile, user: undefined }, good);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(next.problems.length).toBeGreaterThan(0);
    expect(next.problems.every((p) => p.source === 'managed' && p.reason.key.startsWith('policy_error_'))).toBe(true);
    expect(next.policy.enforcement).toBe('block');
    expect(next.policy.allowedTerms).toContain('Riverside Clinic');
    expect(createChecker(next.policy).check(PHI).verdict).not.toBe('ok');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).enforcement).toBeUndefined();
  });

  it('the options page names what was refused', () => {
    const next = resolvePolicy({ managed: { enforcement: 'off', customPatterns: [{ name: 'bad', pattern: '(unclosed' }] }, user: undefined }, lastGood());
    render(createElement(OptionsProblems, { lang: 'en', title: 'Policy refused', problems: next.problems, testId: 'problems' }));
    const text = screen.getByTestId('problems').textContent ?? '';
    expect(text).toContain('enforcement');
    expect(next.problems.map((p) => p.path)).toContain('enforcement');
  });

  it.each(['(a+)+$', '(a|aa)*b', '(.*a){12}', '(\\w+\\s?)+$'])(
    'the pattern %s, catastrophic for a backtracking engine, runs in linear time on 100,000 characters',
    (pattern) => {
      const compiled = compileCustomPattern(pattern);
      expect(compiled.ok).toBe(true);
      if (!compiled.ok) return;
      const started = performance.now();
      matchAll(compiled.regex, `${'a'.repeat(100_000)}!`);
      expect(performance.now() - started).toBeLessThan(1500);
      const policy = resolvePolicy({ managed: { customPatterns: [{ name: 'evil', pattern }] }, user: undefined });
      expect(policy.problems).toEqual([]);
      expect(createChecker(policy.policy).check(PHI).verdict).not.toBe('ok');
    },
  );
});

const KEYS = ['enforcement', 'jurisdiction', 'detectors', 'customPatterns', 'allowedTerms', 'organization', 'replyTemplates', 'sites', 'uiLanguage', 'defaults', '__proto__', 'constructor', 'prototype', 'x'];
const anyValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('warn', 'block', 'confirm', 'hipaa-us', '(a+)+$', 'a*', '\\d{3}', 'MRN-\\d+', '(?=x)'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS, 'name', 'pattern', 'severity', 'enabled', 'HEALTH', 'NAME', 'en'), tie('value'), { maxKeys: 4 }),
  ),
}));
const DEFAULTS = resolvePolicy({ managed: undefined, user: undefined }).policy;
const policyLike = fc.dictionary(fc.constantFrom(...KEYS), anyValue.value, { maxKeys: 5 });

describe('policy parser (fuzzed)', () => {
  it('never throws, never pollutes prototypes, and whatever it accepts still checks', () => {
    fc.assert(
      fc.property(policyLike, (raw) => {
        const managed = parseManagedPolicy(raw);
        const user = parsePolicyLayer(raw, 'user');
        const next = resolvePolicy({ managed: raw, user: raw });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        for (const parsed of [managed, user]) if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
        // Refused everywhere: the built-in defaults apply, which flag PHI. Accepted: it still checks.
        if (!managed.ok && !user.ok) expect(next.policy).toEqual(DEFAULTS);
        expect(['ok', 'warn', 'block']).toContain(createChecker(next.policy).check(PHI).verdict);
      }),
      { numRuns: 300 },
    );
  });
});
