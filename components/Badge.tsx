import type { Lang, Verdict } from '../lib/checker/types';
import { t } from '../lib/i18n';

export interface BadgeProps {
  lang: Lang;
  verdict: Verdict;
  /** Findings still shown (ignored ones excluded). */
  count: number;
  expanded: boolean;
  /** Id of the panel the badge opens. */
  controls: string;
  onToggle: () => void;
}

/** Shape as well as colour tells the verdict apart. */
const ICONS: Record<Verdict, string> = { ok: '✓', warn: '⚠', block: '⛔' };

/** The small button by a watched field: how many findings and how serious, opening the panel. */
export function Badge({ lang, verdict, count, expanded, controls, onToggle }: BadgeProps) {
  const label =
    verdict === 'ok'
      ? t(lang, 'badge_label_ok')
      : t(lang, 'badge_label', { count, verdict: t(lang, `panel_verdict_${verdict}`) });
  return (
    <button
      type="button"
      className={`sp-badge sp-${verdict}`}
      lang={lang}
      aria-label={label}
      title={label}
      aria-expanded={expanded}
      aria-controls={controls}
      aria-keyshortcuts="Alt+Shift+S"
      data-safepost-badge={verdict}
      onClick={onToggle}
    >
      <span aria-hidden="true">{ICONS[verdict]}</span>
      {verdict !== 'ok' && <span aria-hidden="true">{count}</span>}
    </button>
  );
}
