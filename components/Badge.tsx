import type { Verdict } from '../lib/checker/types';
import { t, tPlural } from '../lib/i18n';
import { useUiLang } from '../lib/i18n/useUiLang';

export interface BadgeProps {
  verdict: Verdict;
  count: number;
}

/** The small marker by a watched field: count and severity, with a text label (not colour alone). */
export function Badge({ verdict, count }: BadgeProps) {
  const lang = useUiLang();
  const label =
    verdict === 'ok' ? t(lang, 'badge_ok') : verdict === 'warn' ? tPlural(lang, 'badge_warn', count) : tPlural(lang, 'badge_block', count);
  return (
    <button type="button" className={`sp-badge sp-${verdict}`} aria-label={label} title={label}>
      {verdict === 'ok' ? '✓' : `${count} ${verdict === 'block' ? '⛔' : '⚠'}`}
    </button>
  );
}
