import type { Finding, Lang } from '../lib/checker/types';
import { t } from '../lib/i18n';
import type { Checked } from './useLiveCheck';

const EXCERPT_MAX = 60;
/** Beyond this many, findings are counted but not drawn: thousands of marks would freeze the popup. */
export const SHOWN_FINDINGS_MAX = 200;

/** The findings the popup draws (marked and listed), the first ones in the text. */
export function shownFindings(checked: Checked): Finding[] {
  return checked.result.findings.slice(0, SHOWN_FINDINGS_MAX);
}

function excerpt(text: string): string {
  return text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX - 1)}…` : text;
}

/** Each finding: what was found, quoted, and why it matters, in plain words. */
export function PopupFindings({ checked, lang }: { checked: Checked; lang: Lang }) {
  const shown = shownFindings(checked);
  const total = checked.result.findings.length;
  if (!shown.length) return null;
  return (
    <section aria-labelledby="sp-findings-heading">
      <h2 id="sp-findings-heading">{t(lang, 'popup_findings_heading')}</h2>
      <ol className="findings" data-testid="findings">
        {shown.map((f, i) => (
          <li key={i} id={`sp-finding-${i}`} className={`sev-${f.severity}`}>
            <q>{excerpt(checked.text.slice(f.start, f.end))}</q> {t(lang, f.reason.key, f.reason.values)}
          </li>
        ))}
      </ol>
      {total > shown.length && (
        <p className="more" data-testid="findings-more">
          {t(lang, 'popup_findings_more', { shown: shown.length.toLocaleString(lang), total: total.toLocaleString(lang) })}
        </p>
      )}
    </section>
  );
}
