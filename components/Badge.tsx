import type { Verdict } from '../lib/checker/types';

export interface BadgeProps {
  verdict: Verdict;
  count: number;
}

/** The small marker by a watched field: count and severity, with a text label (not colour alone). */
export function Badge({ verdict, count }: BadgeProps) {
  const label = verdict === 'ok' ? 'SafePost: no patient information found' : `SafePost: ${count} finding(s), ${verdict}`;
  return (
    <button type="button" className={`sp-badge sp-${verdict}`} aria-label={label} title={label}>
      {verdict === 'ok' ? '✓' : `${count} ${verdict === 'block' ? '⛔' : '⚠'}`}
    </button>
  );
}
