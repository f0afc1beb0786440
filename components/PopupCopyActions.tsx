import { useState } from 'react';
import type { CheckResult, Lang } from '../lib/checker/types';
import { t } from '../lib/i18n';
import type { LiveCheck } from './useLiveCheck';

/** What the last click copied, and for which text: the note goes away once the text changes. */
interface Copied {
  what: 'redacted' | 'reply' | 'failed';
  text: string;
}

/**
 * Copies the redacted text or the suggested private-channel reply. Each click copies what belongs
 * to the text as it is now, checking it first if the last answer is older than the last keystroke.
 */
export function PopupCopyActions({ live, lang }: { live: LiveCheck; lang: Lang }) {
  const [copied, setCopied] = useState<Copied>();
  const result = live.checked?.result;
  if (!result || (!result.findings.length && !result.suggestPrivateChannel)) return null;

  const copy = async (what: 'redacted' | 'reply', pick: (r: CheckResult) => string | undefined) => {
    const fresh = await live.current();
    const value = fresh && pick(fresh.result);
    if (!fresh || value === undefined) return;
    try {
      await navigator.clipboard.writeText(value);
      setCopied({ what, text: fresh.text });
    } catch {
      setCopied({ what: 'failed', text: fresh.text });
    }
  };
  const note = copied?.text === live.checked?.text ? copied?.what : undefined;
  const reply = result.suggestPrivateChannel ? result.reply : undefined;

  return (
    <section className="actions" aria-label={t(lang, 'popup_actions_label')}>
      {reply !== undefined && (
        <figure className="reply" data-testid="reply">
          <figcaption>{t(lang, 'popup_reply_heading')}</figcaption>
          <blockquote>{reply}</blockquote>
        </figure>
      )}
      <div className="buttons">
        {result.findings.length > 0 && (
          <button type="button" data-testid="copy-redacted" onClick={() => void copy('redacted', (r) => r.redacted)}>
            {t(lang, 'popup_copy_redacted')}
          </button>
        )}
        {reply !== undefined && (
          <button type="button" data-testid="copy-reply" onClick={() => void copy('reply', (r) => (r.suggestPrivateChannel ? r.reply : undefined))}>
            {t(lang, 'popup_copy_reply')}
          </button>
        )}
      </div>
      <p role="status" className="copied" data-testid="copied">
        {note === 'redacted'
          ? t(lang, 'popup_copied_redacted')
          : note === 'reply'
            ? t(lang, 'popup_copied_reply')
            : note === 'failed'
              ? t(lang, 'popup_copy_failed')
              : ''}
      </p>
    </section>
  );
}
