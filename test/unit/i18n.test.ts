import { describe, expect, it } from 'vitest';
import { CATALOGS, langFromLocale, t } from '../../lib/i18n';
import { LANGS } from '../../lib/checker/types';

describe('i18n', () => {
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

  it('every message keeps the same {placeholders} as English', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of LANGS) {
      for (const [key, { message }] of Object.entries(CATALOGS.en)) {
        expect({ lang, key, names: names(CATALOGS[lang][key]?.message ?? '') }).toEqual({ lang, key, names: names(message) });
      }
    }
  });

  it('keeps keys sorted, so parallel additions merge cleanly (node scripts/sort-locales.mjs fixes it)', () => {
    for (const lang of LANGS) {
      const keys = Object.keys(CATALOGS[lang]);
      expect({ lang, keys }).toEqual({ lang, keys: [...keys].sort() });
    }
  });

  it.each([
    ['fr-CA', 'fr'],
    ['es_419', 'es'],
    ['tr', 'tr'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ] as const)('locale %s speaks %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });

  it('falls back to English then to the key, and interpolates by name', () => {
    expect(t('fr', 'extName')).toBe('SafePost');
    expect(t('en', 'no_such_key')).toBe('no_such_key');
  });
});
