import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../lib/policy/schema';
import { parseManagedPolicy, parsePolicyFile, parsePolicyLayer, type PolicyProblem } from '../../../lib/policy/validate';

function problemsOf(result: { ok: boolean; problems?: PolicyProblem[] }): { path: string; key: string }[] {
  expect(result.ok).toBe(false);
  return (result.problems ?? []).map((p) => ({ path: p.path, key: p.reason.key }));
}

describe('policy schema', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_POLICY).toMatchObject({
      enforcement: 'warn',
      jurisdiction: 'hipaa-us',
      customPatterns: [],
      allowedTerms: [],
      organization: { name: '', phone: '', secureLink: '', email: '' },
      replyTemplates: {},
      sites: { enabled: {}, allowUserSites: true },
      uiLanguage: 'auto',
    });
  });

  it('accepts a full policy and keeps only what was written (a layer)', () => {
    const layer = {
      enforcement: 'block',
      jurisdiction: 'gdpr-eu',
      detectors: { PHONE: { enabled: false }, NAME: { severity: 'block' } },
      customPatterns: [{ name: 'MRN', pattern: 'MRN[- ]?\\d{6,8}', flags: 'i', severity: 'block', contextWords: ['chart'] }],
      allowedTerms: ['555-201-4477', '#NursesWeek'],
      organization: { name: 'Mercy Clinic', phone: '555-201-4477', secureLink: 'https://portal.example/msg', email: 'care@example.org' },
      replyTemplates: { en: 'Hi {handle}, please message us at {secureLink}.' },
      sites: { enabled: { x: false }, allowUserSites: false },
      uiLanguage: 'fr',
    };
    const parsed = parsePolicyLayer(layer, 'user');
    expect(parsed).toEqual({ ok: true, value: layer });
  });

  it('accepts a managed policy with recommended defaults', () => {
    expect(parseManagedPolicy({ enforcement: 'confirm', defaults: { uiLanguage: 'tr' } })).toEqual({
      ok: true,
      value: { enforcement: 'confirm', defaults: { uiLanguage: 'tr' } },
    });
  });
});

describe('policy rejection, naming the key', () => {
  it.each([
    ['unknown top-level key', { enforcment: 'block' }, [{ path: 'enforcment', key: 'policy_error_unknown_key' }]],
    ['unknown nested key', { organization: { fax: '1' } }, [{ path: 'organization.fax', key: 'policy_error_unknown_key' }]],
    ['unknown category', { detectors: { SHOE_SIZE: { enabled: true } } }, [{ path: 'detectors.SHOE_SIZE', key: 'policy_error_unknown_key' }]],
    ['unknown site', { sites: { enabled: { myspace: true } } }, [{ path: 'sites.enabled.myspace', key: 'policy_error_unknown_key' }]],
    ['unknown language', { replyTemplates: { de: 'Hallo' } }, [{ path: 'replyTemplates.de', key: 'policy_error_unknown_key' }]],
    ['wrong type: string for boolean', { sites: { allowUserSites: 'yes' } }, [{ path: 'sites.allowUserSites', key: 'policy_error_type' }]],
    ['wrong type: object for list', { allowedTerms: { a: 1 } }, [{ path: 'allowedTerms', key: 'policy_error_type' }]],
    ['wrong type: number in list', { allowedTerms: ['ok', 3] }, [{ path: 'allowedTerms[1]', key: 'policy_error_type' }]],
    ['value not allowed', { enforcement: 'nuke' }, [{ path: 'enforcement', key: 'policy_error_not_allowed' }]],
    ['jurisdiction not allowed', { jurisdiction: 'mars' }, [{ path: 'jurisdiction', key: 'policy_error_not_allowed' }]],
    ['empty term', { allowedTerms: [''] }, [{ path: 'allowedTerms[0]', key: 'policy_error_empty' }]],
    ['too long', { organization: { name: 'x'.repeat(121) } }, [{ path: 'organization.name', key: 'policy_error_too_long' }]],
    ['huge list', { allowedTerms: Array.from({ length: 1001 }, (_, i) => `t${i}`) }, [{ path: 'allowedTerms', key: 'policy_error_too_many' }]],
    ['bad flags', { customPatterns: [{ name: 'a', pattern: 'a', flags: 'g' }] }, [{ path: 'customPatterns[0].flags', key: 'policy_error_flags' }]],
    ['pattern without name', { customPatterns: [{ pattern: 'a' }] }, [{ path: 'customPatterns[0].name', key: 'policy_error_type' }]],
  ])('%s', (_name, input, expected) => {
    expect(problemsOf(parsePolicyLayer(input, 'user'))).toEqual(expected);
  });

  it('reports every problem at once', () => {
    expect(problemsOf(parsePolicyLayer({ enforcement: 1, uiLanguage: 'xx', extra: true }, 'user')).map((p) => p.path).sort()).toEqual([
      'enforcement',
      'extra',
      'uiLanguage',
    ]);
  });

  it.each([[null], [[]], ['block'], [42]])('refuses %j as a policy', (input) => {
    expect(problemsOf(parsePolicyLayer(input, 'user'))).toEqual([{ path: '', key: 'policy_error_not_object' }]);
  });

  it.each([
    ['{"__proto__": {"enforcement": "warn"}}', '__proto__'],
    ['{"constructor": {"prototype": {}}}', 'constructor'],
    ['{"organization": {"__proto__": {"polluted": true}}}', 'organization.__proto__'],
    ['{"customPatterns": [{"name": "a", "pattern": "a", "prototype": 1}]}', 'customPatterns[0].prototype'],
  ])('refuses prototype-pollution key in %s', (json, path) => {
    expect(problemsOf(parseManagedPolicy(JSON.parse(json)))).toEqual([{ path, key: 'policy_error_forbidden_key' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['([a-z', 'policy_error_regex_invalid'],
    ['(a)\\1', 'policy_error_regex_invalid'],
    ['(?=secret)\\w+', 'policy_error_regex_invalid'],
    ['(?<=MRN)\\d+', 'policy_error_regex_invalid'],
    ['\\d*', 'policy_error_regex_empty_match'],
    ['MRN|', 'policy_error_regex_empty_match'],
  ])('refuses custom pattern %s', (pattern, key) => {
    const result = parseManagedPolicy({ customPatterns: [{ name: 'ok', pattern: 'MRN\\d+' }, { name: 'bad', pattern }] });
    expect(problemsOf(result)).toEqual([{ path: 'customPatterns[1].pattern', key }]);
    expect(result.ok || result.problems[0]!.reason.values?.detail).toBeTruthy();
  });

  it('checks the patterns of managed defaults too, under their own path', () => {
    expect(problemsOf(parseManagedPolicy({ defaults: { customPatterns: [{ name: 'x', pattern: '(' }] } }))).toEqual([
      { path: 'defaults.customPatterns[0].pattern', key: 'policy_error_regex_invalid' },
    ]);
  });

  it('refuses `defaults` outside the managed policy', () => {
    expect(problemsOf(parsePolicyLayer({ defaults: {} }, 'user'))).toEqual([{ path: 'defaults', key: 'policy_error_unknown_key' }]);
    expect(problemsOf(parseManagedPolicy({ defaults: { defaults: {} } }))).toEqual([{ path: 'defaults.defaults', key: 'policy_error_unknown_key' }]);
  });

  it('refuses a file that is not JSON, and marks problems as coming from the import', () => {
    const result = parsePolicyFile('{ enforcement: block');
    expect(problemsOf(result)).toEqual([{ path: '', key: 'policy_error_not_json' }]);
    expect(result.ok || result.problems[0]!.source).toBe('import');
    expect(parsePolicyFile('{"enforcement":"block"}')).toEqual({ ok: true, value: { enforcement: 'block' } });
  });
});
