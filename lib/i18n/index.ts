import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import it from '../../public/_locales/it/messages.json';
import tr from '../../public/_locales/tr/messages.json';
import { LANGS, type Lang } from '../checker/types';

/**
 * Every string a user reads comes from public/_locales/<lang>/messages.json (the files the browser
 * also uses for the store listing). They are bundled and looked up here, rather than through
 * browser.i18n, so the UI language can be overridden in settings and the CLI can use them too.
 * Values are interpolated by name: "{count} findings".
 */
type Catalog = Record<string, { message: string; description?: string }>;
export type MessageValues = Record<string, string | number>;

export const CATALOGS: Record<Lang, Catalog> = { en, fr, es, it, tr };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The UI language for a browser locale such as "fr-CA"; English when SafePost does not speak it. */
export function langFromLocale(locale: string | undefined): Lang {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : 'en';
}

/** The UI language: the settings' choice, or the browser's language when the setting is 'auto'. */
export function resolveUiLang(setting: Lang | 'auto', browserLocale: string | undefined): Lang {
  return setting === 'auto' ? langFromLocale(browserLocale) : setting;
}

/** The localized message for key, falling back to English, then to the key itself. */
export function t(lang: Lang, key: string, values?: MessageValues): string {
  const template = CATALOGS[lang][key]?.message ?? CATALOGS.en[key]?.message ?? key;
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A message that depends on a count: `${key}_one` or `${key}_other`, chosen by the language's
 * plural rules (French says "0 élément", English "0 items"). {count} is interpolated.
 */
export function tPlural(lang: Lang, key: string, count: number, values?: MessageValues): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return t(lang, `${key}_${form}`, { count, ...values });
}
