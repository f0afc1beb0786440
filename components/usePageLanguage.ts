import { useEffect } from 'react';
import type { Lang } from '../lib/checker/types';
import { t } from '../lib/i18n';

/**
 * For the extension's own pages (popup, options): the document speaks `lang` and its title is the
 * localized `titleKey`, so the tab title and screen readers follow the UI language too.
 */
export function usePageLanguage(lang: Lang, titleKey: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, titleKey);
  }, [lang, titleKey]);
}
