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

/**
 * Shape as well as colour tells the verdict apart: a tick, a triangle, a barred circle. Drawn, not
 * emoji, so they look the same on every system, including those without a colour-emoji font.
 */
const ICON_PATHS: Record<Verdict, string> = {
  ok: 'M3 8.5l3.2 3.2L13 4.8',
  warn: 'M8 1.8L15 14H1zM8 6v4M8 11.6v.4',
  block: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM3.4 12.6l9.2-9.2',
};

function VerdictIcon({ verdict }: { verdict: Verdict }) {
  return (
    <svg aria-hidden="true" width="12" height="12" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" data-safepost-icon={verdict}>
      <path d={ICON_PATHS[verdict]} />
    </svg>
  );
}

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
      <VerdictIcon verdict={verdict} />
      {verdict !== 'ok' && <span aria-hidden="true">{count}</span>}
    </button>
  );
}
