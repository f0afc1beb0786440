import type { ReactNode } from 'react';
import { t } from '../lib/i18n';
import { isLocked } from '../lib/policy/merge';
import { usePolicyStore } from '../lib/policy/store';
import { useUiLang } from '../lib/i18n/useUiLang';

/**
 * One setting (or group of settings) of the options page. When the organisation's policy enforces
 * it, every control inside is disabled and a lock says why.
 */
export function OptionsSetting({ path, label, children }: { path: string; label: string; children: ReactNode }) {
  const lang = useUiLang();
  const locked = usePolicyStore((s) => isLocked(s.locked, path));
  return (
    <fieldset className="setting" disabled={locked} data-setting={path} data-locked={locked || undefined}>
      <legend>
        {label}
        {locked && (
          <span className="lock" role="note" title={t(lang, 'options_locked_explain')}>
            <span aria-hidden="true">🔒</span> {t(lang, 'options_locked')}
          </span>
        )}
      </legend>
      {children}
    </fieldset>
  );
}
