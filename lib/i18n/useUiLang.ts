import { browser } from 'wxt/browser';
import type { Lang } from '../checker/types';
import { usePolicyStore } from '../policy/store';
import { resolveUiLang } from './index';

/**
 * The language every React surface speaks: the policy's uiLanguage override, else the browser's
 * UI language. Re-renders when the setting changes. Content scripts pass the browser's language,
 * read once: there each getUILanguage() call is a round trip to the browser process (~1 ms).
 */
export function useUiLang(browserLocale?: string): Lang {
  const setting = usePolicyStore((s) => s.policy.uiLanguage);
  return resolveUiLang(setting, browserLocale ?? browser.i18n.getUILanguage());
}
