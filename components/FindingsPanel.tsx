import { useEffect, useRef } from 'react';
import type { Lang, Verdict } from '../lib/checker/types';
import { t } from '../lib/i18n';
import type { PanelItem } from '../lib/page/findingsView';

export interface FindingsPanelProps {
  id: string;
  lang: Lang;
  verdict: Verdict;
  items: PanelItem[];
  /** Findings the user ignored for this draft. */
  ignoredCount: number;
  canRedact: boolean;
  /** Offered only when the checker suggests moving to a private channel. */
  canInsertReply: boolean;
  onRedact: () => void;
  onInsertReply: () => void;
  onIgnore: (id: string) => void;
  onClose: () => void;
}

const EXCERPT_MAX = 48;
const excerptOf = (text: string) => (text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX - 1)}…` : text);

/**
 * The explanation next to a field: each finding, which identifier or health detail it is and why it
 * matters, in the UI language; one-click fixes. Every button is type="button": a click here must
 * never submit the site's form.
 */
export function FindingsPanel(props: FindingsPanelProps) {
  const { id, lang, verdict, items, ignoredCount, canRedact, canInsertReply } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const headingId = `${id}-title`;
  return (
    <section
      id={id}
      className="sp-panel"
      lang={lang}
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onClose();
        }
      }}
    >
      <header className="sp-panel-header">
        <h2 id={headingId} tabIndex={-1} ref={heading}>
          {t(lang, 'panel_title')}
        </h2>
        <button type="button" className="sp-close" aria-label={t(lang, 'panel_close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <p className={`sp-verdict sp-${verdict}`}>{t(lang, `panel_verdict_${verdict}`)}</p>
      <div className="sp-actions">
        {canRedact && (
          <button type="button" className="sp-primary" data-safepost-action="redact" onClick={props.onRedact}>
            {t(lang, 'panel_redact')}
          </button>
        )}
        {canInsertReply && (
          <>
            <button type="button" data-safepost-action="insert-reply" aria-describedby={`${id}-reply-hint`} onClick={props.onInsertReply}>
              {t(lang, 'panel_insert_reply')}
            </button>
            <p id={`${id}-reply-hint`} className="sp-hint">
              {t(lang, 'panel_insert_reply_hint')}
            </p>
          </>
        )}
      </div>
      <p className="sp-hint">{t(lang, 'panel_undo_hint')}</p>
      {items.length === 0 && ignoredCount > 0 && <p>{t(lang, 'panel_all_ignored')}</p>}
      <ul className="sp-findings">
        {items.map((item) => {
          const what = item.excerpt ? excerptOf(item.excerpt) : t(lang, 'panel_attachment');
          return (
            <li key={item.id} className={`sp-finding sp-sev-${item.severity}`}>
              <p className="sp-finding-head">
                <span className="sp-severity">{t(lang, `panel_severity_${item.severity}`)}</span>{' '}
                <strong>{t(lang, `category_${item.category}`)}</strong>
                {item.excerpt && (
                  <>
                    {': '}
                    <q>{what}</q>
                  </>
                )}
              </p>
              <p className="sp-reason">{t(lang, item.reason.key, item.reason.values)}</p>
              <button
                type="button"
                className="sp-link"
                data-safepost-action="ignore"
                aria-label={t(lang, 'panel_ignore_label', { item: what })}
                onClick={() => props.onIgnore(item.id)}
              >
                {t(lang, 'panel_ignore')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
