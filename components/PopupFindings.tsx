import type { Lang } from '../lib/checker/types';
import { t } from '../lib/i18n';
import type { Checked } from './useLiveCheck';

const EXCERPT_MAX = 60;

function excerpt(text: string): string {
  return text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX - 1)}…` : text;
}

/** Each finding: what was found, quoted, and why it matters, in plain words. */
export function PopupFindings({ checked, lang }: { checked: Checked; lang: Lang }) {
  const { findings } = checked.result;
  if (!findings.length) return null;
  return (
    <section aria-labelledby="sp-findings-heading">
      <h2 id="sp-findings-heading">{t(lang, 'popup_findings_heading')}</h2>
      <ol className="findings" data-testid="findings">
        {findings.map((f, i) => (
          <li key={i} id={`sp-finding-${i}`} className={`sev-${f.severity}`}>
            <q>{excerpt(checked.text.slice(f.start, f.end))}</q> {t(lang, f.reason.key, f.reason.values)}
          </li>
        ))}
      </ol>
    </section>
  );
}
