import type { Lang } from '../lib/checker/types';
import { t } from '../lib/i18n';
import { textSegments } from '../lib/textSegments';
import { shownFindings } from './PopupFindings';
import type { Checked } from './useLiveCheck';

/**
 * The checked text with each finding marked. Built from React text nodes only: the text is the
 * user's paste and must never be parsed as markup.
 */
export function PopupMarkedText({ checked, lang }: { checked: Checked; lang: Lang }) {
  const findings = shownFindings(checked);
  return (
    <div className="marked-text" data-testid="marked-text" role="region" aria-label={t(lang, 'popup_marked_text_label')} tabIndex={0}>
      {textSegments(checked.text, findings).map((segment, i) =>
        segment.finding === undefined ? (
          segment.text
        ) : (
          <mark key={i} className={`sev-${findings[segment.finding]!.severity}`} aria-describedby={`sp-finding-${segment.finding}`}>
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
}
