import type { Lang } from '../lib/checker/types';
import { t } from '../lib/i18n';

export interface TruncationNoticeProps {
  /** How many leading characters were checked (see lib/checkBudget.ts). */
  checkedChars: number;
  lang: Lang;
}

/** Says plainly that a very long text was only checked in part, rather than freezing the page over it. */
export function TruncationNotice({ checkedChars, lang }: TruncationNoticeProps) {
  return (
    <p role="status" className="sp-notice" lang={lang} data-testid="truncation-notice">
      {t(lang, 'notice_truncated', { count: checkedChars.toLocaleString(lang) })}
    </p>
  );
}
