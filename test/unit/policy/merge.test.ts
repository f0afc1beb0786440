import { describe, expect, it } from 'vitest';
import { effectivePolicy, isLocked, mergeLayers, NO_SOURCES, resolvePolicy, settingPaths } from '../../../lib/policy/merge';
import { DEFAULT_POLICY } from '../../../lib/policy/schema';

describe('mergeLayers', () => {
  it('merges objects key by key and lets later layers win', () => {
    expect(mergeLayers({ organization: { name: 'A', phone: '1' } }, { organization: { phone: '2' } })).toEqual({
      organization: { name: 'A', phone: '2' },
    });
  });

  it('replaces lists whole instead of concatenating them', () => {
    expect(mergeLayers({ allowedTerms: ['a', 'b'] }, { allowedTerms: ['c'] })).toEqual({ allowedTerms: ['c'] });
  });

  it('does not share objects with its inputs', () => {
    const layer = { allowedTerms: ['a'] };
    const merged = mergeLayers(layer);
    merged.allowedTerms!.push('b');
    expect(layer.allowedTerms).toEqual(['a']);
  });
});

describe('precedence: defaults < managed defaults < user < managed', () => {
  it('uses the built-in defaults when no source sets anything', () => {
    expect(effectivePolicy(NO_SOURCES)).toEqual({ policy: DEFAULT_POLICY, locked: [], problems: [] });
  });

  it('managed defaults override built-in defaults and stay unlocked', () => {
    const state = effectivePolicy({ managed: { defaults: { enforcement: 'confirm' } }, user: {} });
    expect(state.policy.enforcement).toBe('confirm');
    expect(state.locked).toEqual([]);
  });

  it('user settings override managed defaults', () => {
    const state = effectivePolicy({ managed: { defaults: { enforcement: 'confirm', uiLanguage: 'es' } }, user: { enforcement: 'warn' } });
    expect(state.policy.enforcement).toBe('warn');
    expect(state.policy.uiLanguage).toBe('es');
  });

  it('the managed policy overrides user settings and locks what it sets', () => {
    const state = effectivePolicy({
      managed: { enforcement: 'block', allowedTerms: ['Mercy Clinic'], defaults: { uiLanguage: 'it' } },
      user: { enforcement: 'warn', allowedTerms: ['mine'], uiLanguage: 'tr' },
    });
    expect(state.policy).toMatchObject({ enforcement: 'block', allowedTerms: ['Mercy Clinic'], uiLanguage: 'tr' });
    expect(state.locked.sort()).toEqual(['allowedTerms', 'enforcement']);
  });

  it('locks single nested settings, leaving their siblings to the user', () => {
    const state = effectivePolicy({
      managed: { detectors: { PHONE: { enabled: true } }, sites: { enabled: { x: false } }, organization: { name: 'Mercy' } },
      user: { detectors: { PHONE: { enabled: false, severity: 'block' } }, sites: { enabled: { reddit: false } }, organization: { phone: '1' } },
    });
    expect(state.policy.detectors.PHONE).toEqual({ enabled: true, severity: 'block' });
    expect(state.policy.sites.enabled).toEqual({ x: false, reddit: false });
    expect(state.policy.organization).toEqual({ name: 'Mercy', phone: '1', secureLink: '', email: '' });
    expect(state.locked.sort()).toEqual(['detectors.PHONE.enabled', 'organization.name', 'sites.enabled.x']);
  });

  it('fills defaults inside what the sources set (custom pattern flags, severity, context words)', () => {
    const state = effectivePolicy({ managed: {}, user: { customPatterns: [{ name: 'MRN', pattern: 'MRN\\d+' }] } });
    expect(state.policy.customPatterns).toEqual([{ name: 'MRN', pattern: 'MRN\\d+', flags: '', severity: 'warn', contextWords: [] }]);
  });
});

describe('locks', () => {
  it('lists the leaf settings a layer sets', () => {
    expect(settingPaths({ enforcement: 'block', organization: { name: 'x' }, detectors: { NAME: {} }, customPatterns: [] }).sort()).toEqual([
      'customPatterns',
      'enforcement',
      'organization.name',
    ]);
  });

  it.each([
    [['enforcement'], 'enforcement', true],
    [['enforcement'], 'jurisdiction', false],
    [['sites'], 'sites.enabled.x', true],
    [['sites.enabled.x'], 'sites.enabled.xx', false],
    [['detectors.PHONE.enabled'], 'detectors.PHONE.severity', false],
    [['detectors.PHONE.enabled'], 'detectors.PHONE.enabled', true],
  ])('locked %j → %s is locked: %s', (locked, path, expected) => {
    expect(isLocked(locked, path)).toBe(expected);
  });
});

describe('resolvePolicy: bad sources keep the last good one', () => {
  const lastGood = { managed: { enforcement: 'block' as const, allowedTerms: ['Mercy'] }, user: { uiLanguage: 'fr' as const } };

  it('treats a missing managed policy (Firefox throws) as none', () => {
    const r = resolvePolicy({ managed: undefined, user: undefined });
    expect(r).toMatchObject({ policy: DEFAULT_POLICY, locked: [], problems: [], good: NO_SOURCES });
  });

  it('uses valid sources and returns them as the new last good', () => {
    const r = resolvePolicy({ managed: { enforcement: 'confirm' }, user: { uiLanguage: 'it' } }, lastGood);
    expect(r.policy).toMatchObject({ enforcement: 'confirm', uiLanguage: 'it', allowedTerms: [] });
    expect(r.good).toEqual({ managed: { enforcement: 'confirm' }, user: { uiLanguage: 'it' } });
    expect(r.problems).toEqual([]);
  });

  it('keeps the last good managed policy, with its locks, when the new one is malformed', () => {
    const r = resolvePolicy({ managed: { enforcement: 'warn', customPatterns: [{ name: 'MRN', pattern: '(' }] }, user: { uiLanguage: 'it' } }, lastGood);
    expect(r.policy).toMatchObject({ enforcement: 'block', allowedTerms: ['Mercy'], uiLanguage: 'it' });
    expect(r.locked.sort()).toEqual(['allowedTerms', 'enforcement']);
    expect(r.good.managed).toBe(lastGood.managed);
    expect(r.problems).toEqual([
      { source: 'managed', path: 'customPatterns[0].pattern', reason: expect.objectContaining({ key: 'policy_error_regex_invalid' }) },
    ]);
  });

  it('keeps the last good user settings when they are malformed, and still applies a new managed policy', () => {
    const r = resolvePolicy({ managed: { enforcement: 'confirm' }, user: { uiLanguage: 'klingon' } }, lastGood);
    expect(r.policy).toMatchObject({ enforcement: 'confirm', uiLanguage: 'fr' });
    expect(r.problems.map((p) => [p.source, p.path])).toEqual([['user', 'uiLanguage']]);
  });

  it('reports problems of both sources together', () => {
    const r = resolvePolicy({ managed: 'not an object', user: { nope: 1 } }, lastGood);
    expect(r.problems.map((p) => [p.source, p.path, p.reason.key])).toEqual([
      ['managed', '', 'policy_error_not_object'],
      ['user', 'nope', 'policy_error_unknown_key'],
    ]);
    expect(r.policy.enforcement).toBe('block');
  });

  it('falls back to the built-in defaults when the first policy ever seen is broken', () => {
    const r = resolvePolicy({ managed: { enforcement: 7 }, user: undefined });
    expect(r.policy).toEqual(DEFAULT_POLICY);
    expect(r.problems).toHaveLength(1);
  });

  it('keeps the last good user settings when they could not be read at all', () => {
    const problem = { source: 'user' as const, path: '', reason: { key: 'policy_error_settings_newer', values: { version: 9 } } };
    const r = resolvePolicy({ managed: undefined, user: undefined, userProblem: problem }, lastGood);
    expect(r.policy.uiLanguage).toBe('fr');
    expect(r.good.user).toBe(lastGood.user);
    expect(r.problems).toEqual([problem]);
  });

  it('never lets a hostile policy touch Object.prototype', () => {
    resolvePolicy({ managed: JSON.parse('{"__proto__": {"polluted": 1}, "enforcement": "warn"}'), user: JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
