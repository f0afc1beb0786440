import type { Lang } from '../lib/checker/types';
import { langFromLocale } from '../lib/i18n';
import { usePolicyStore } from '../lib/policy/store';

/** The language the UI speaks: the policy's uiLanguage, or the browser's when it is 'auto'. */
export function useUiLang(): Lang {
  const setting = usePolicyStore((s) => s.policy.uiLanguage);
  return setting === 'auto' ? langFromLocale(navigator.language) : setting;
}
