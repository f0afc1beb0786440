import { browser } from 'wxt/browser';
import type { Lang } from '../checker/types';
import { usePolicyStore } from '../policy/store';
import { resolveUiLang } from './index';

/** Asked once: in a content script each call is a round trip to the browser process (~1 ms). */
let browserLocale: string | undefined;

/**
 * The language every React surface speaks: the policy's uiLanguage override, else the browser's
 * UI language. Re-renders when the setting changes.
 */
export function useUiLang(): Lang {
  const setting = usePolicyStore((s) => s.policy.uiLanguage);
  browserLocale ??= browser.i18n.getUILanguage();
  return resolveUiLang(setting, browserLocale);
}
