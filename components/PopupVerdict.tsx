import type { Lang } from '../lib/checker/types';
import { t, tPlural } from '../lib/i18n';
import { MAX_TEXT } from '../lib/messages';
import type { CheckProblem, Checked } from './useLiveCheck';

/** One line that says whether the text is safe to post; announced to screen readers as it changes. */
export function PopupVerdict({ checked, problem, lang }: { checked: Checked | undefined; problem: CheckProblem | undefined; lang: Lang }) {
  let line = '';
  let kind = 'none';
  if (problem === 'tooLong') {
    line = t(lang, 'popup_too_long', { max: MAX_TEXT.toLocaleString(lang) });
    kind = 'problem';
  } else if (problem === 'failed') {
    line = t(lang, 'popup_check_failed');
    kind = 'problem';
  } else if (checked) {
    const { verdict, findings } = checked.result;
    kind = verdict;
    // Health words alone (info) only explain the others: they are listed, not counted as items to fix.
    const toFix = findings.filter((f) => f.severity !== 'info').length;
    line =
      verdict === 'ok'
        ? t(lang, 'popup_verdict_ok')
        : verdict === 'warn'
          ? tPlural(lang, 'popup_verdict_warn', toFix)
          : tPlural(lang, 'popup_verdict_block', toFix);
  }
  return (
    <p role="status" data-testid="verdict" data-verdict={kind} className={`verdict verdict-${kind}`}>
      {line}
    </p>
  );
}
