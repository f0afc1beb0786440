import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderHook } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOGS, langFromLocale, resolveUiLang, t, tPlural } from '../../lib/i18n';
import { useUiLang } from '../../lib/i18n/useUiLang';
import { LANGS } from '../../lib/checker/types';
import { DEFAULT_POLICY } from '../../lib/policy/schema';
import { usePolicyStore } from '../../lib/policy/store';
import { SUPPORTED_SITES } from '../../lib/sites/hosts';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];
/** Key prefixes by area (see README, "Languages"); any string literal shaped like one is a message key. */
const AREAS = new Set(['reason', 'category', 'placeholder', 'panel', 'badge', 'popup', 'options', 'policy', 'dialog', 'ext']);
Object.keys(CATALOGS.en).forEach((key) => AREAS.add(key.split('_')[0]!));

/** Names that stay as they are in every language: the product, the sites, the regulations. */
const PROPER_NAMES = ['SafePost', ...SUPPORTED_SITES.map((s) => s.name), 'HIPAA', 'GDPR', 'UK GDPR', 'PHIPA', 'KVKK'];
/**
 * Messages that are rightly the same as English in a language, as "lang:key" with the reason.
 * Add one here only when a native speaker would write exactly the English words.
 */
const SAME_AS_ENGLISH: Record<string, string> = {
  'fr:options_sites': 'French writes "Sites" too',
  'es:options_section_general': 'Spanish writes "General" too',
  'it:options_org_email': 'Italian uses the English word "Email"',
  'it:placeholder_EMAIL': 'Italian uses the English word "email"',
  'it:policy_jurisdiction_phipa_ca': 'Canada and Ontario are spelt the same in Italian',
  'tr:policy_jurisdiction_kvkk_tr': 'Türkiye is the country’s own name',
  'fr:placeholder_DATE': 'French writes "date" too',
  'fr:placeholder_PATIENT': 'French writes "patient" too',
  'fr:placeholder_PHOTO': 'French writes "photo" too',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(tsx?|json)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every message key the code names literally: t(…, 'key'), tPlural(…, 'key'), and any 'area_…' literal (reasons' keys included). */
function keysUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  const add = (key: string, file: string) => used.set(key, path.relative(ROOT, file));
  for (const file of SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    const source = readFileSync(file, 'utf8');
    const plural = new Set<string>();
    for (const m of source.matchAll(/\btPlural\(\s*[^,()]+,\s*(['"`])(\w+)\1/g)) {
      plural.add(m[2]!);
      add(`${m[2]}_one`, file);
      add(`${m[2]}_other`, file);
    }
    for (const m of source.matchAll(/\bt\(\s*[^,()]+,\s*(['"`])(\w+)\1/g)) add(m[2]!, file);
    for (const m of source.matchAll(/(['"`])([a-z]+_[A-Za-z0-9_]+)\1/g)) {
      if (AREAS.has(m[2]!.split('_')[0]!) && !plural.has(m[2]!)) add(m[2]!, file);
    }
  }
  return used;
}

describe('i18n catalogs', () => {
  it('every language has every key English has, and no extra ones', () => {
    const english = Object.keys(CATALOGS.en).sort();
    for (const lang of LANGS) {
      const keys = Object.keys(CATALOGS[lang]).sort();
      expect({ lang, missing: english.filter((k) => !keys.includes(k)), extra: keys.filter((k) => !english.includes(k)) }).toEqual({
        lang,
        missing: [],
        extra: [],
      });
    }
  });

  it('has every key the code uses', () => {
    const used = keysUsedInCode();
    // The scan must see the code: a broken pattern would otherwise pass with nothing found.
    expect(used.get('popup_copy_redacted')).toBe('components/PopupCopyActions.tsx');
    expect(used.get('popup_verdict_warn_other')).toBe('components/PopupVerdict.tsx');
    const missing = [...used].filter(([key]) => !(key in CATALOGS.en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('translates every message: none left identical to English unless it is only names', () => {
    const names = new RegExp(PROPER_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    const onlyNames = (message: string) => message.replace(/\{\w+\}/g, '').replace(names, '').replace(/[\s\p{P}\p{S}\d]/gu, '') === '';
    const untranslated = LANGS.filter((lang) => lang !== 'en').flatMap((lang) =>
      Object.entries(CATALOGS.en)
        .filter(([key, { message }]) => CATALOGS[lang][key]?.message === message && !onlyNames(message) && !(`${lang}:${key}` in SAME_AS_ENGLISH))
        .map(([key]) => `${lang}:${key}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('French puts a no-break space before : ; ? ! » and after « (no line starts with one)', () => {
    const breakable = Object.entries(CATALOGS.fr).filter(([, { message }]) => / [:;?!»]|« /.test(message)).map(([key]) => key);
    expect(breakable).toEqual([]);
  });

  it('every message keeps the same {placeholders} as English', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of LANGS) {
      for (const [key, { message }] of Object.entries(CATALOGS.en)) {
        expect({ lang, key, names: names(CATALOGS[lang][key]?.message ?? '') }).toEqual({ lang, key, names: names(message) });
      }
    }
  });

  it('uses only key names browsers accept, unique regardless of case (Chrome ignores case)', () => {
    const keys = Object.keys(CATALOGS.en);
    expect(keys.filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it('keeps keys sorted, so parallel additions merge cleanly (node scripts/sort-locales.mjs fixes it)', () => {
    for (const lang of LANGS) {
      const keys = Object.keys(CATALOGS[lang]);
      expect({ lang, keys }).toEqual({ lang, keys: [...keys].sort() });
    }
  });
});

describe('i18n lookups', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['es_419', 'es'],
    ['tr', 'tr'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ] as const)('locale %s speaks %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });

  it('follows the browser unless the settings choose a language', () => {
    expect(resolveUiLang('auto', 'it-IT')).toBe('it');
    expect(resolveUiLang('tr', 'it-IT')).toBe('tr');
  });

  it('falls back to English then to the key, and interpolates by name', () => {
    expect(t('fr', 'extName')).toBe('SafePost');
    expect(t('en', 'no_such_key')).toBe('no_such_key');
    expect(t('en', 'popup_site_on', { site: 'X' })).toBe('SafePost is on for X.');
  });

  it.each([
    ['en', 1, 'popup_verdict_warn_one'],
    ['en', 0, 'popup_verdict_warn_other'],
    ['en', 2, 'popup_verdict_warn_other'],
    ['fr', 0, 'popup_verdict_warn_one'],
    ['fr', 3, 'popup_verdict_warn_other'],
    ['es', 1, 'popup_verdict_warn_one'],
  ] as const)('%s with %i picks %s', (lang, count, key) => {
    expect(tPlural(lang, 'popup_verdict_warn', count)).toBe(t(lang, key, { count }));
  });
});

describe('useUiLang', () => {
  it('speaks the browser language, and the settings override when set', () => {
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('it-IT');
    const { result } = renderHook(() => useUiLang());
    expect(result.current).toBe('it');
    act(() => usePolicyStore.setState({ policy: { ...DEFAULT_POLICY, uiLanguage: 'fr' } }));
    expect(result.current).toBe('fr');
    act(() => usePolicyStore.setState({ policy: DEFAULT_POLICY }));
    expect(result.current).toBe('it');
  });
});
