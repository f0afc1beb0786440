import { browser } from 'wxt/browser';
import type { Lang } from '../checker/types';
import { usePolicyStore } from '../policy/store';
import { resolveUiLang } from './index';

/**
 * The language every React surface speaks: the policy's uiLanguage override, else the browser's
 * UI language. Re-renders when the setting changes.
 */
export function useUiLang(): Lang {
  const setting = usePolicyStore((s) => s.policy.uiLanguage);
  return resolveUiLang(setting, browser.i18n.getUILanguage());
}
