import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import { useUiLang } from '../lib/i18n/useUiLang';
import { PopupCopyActions } from './PopupCopyActions';
import { PopupFindings } from './PopupFindings';
import { PopupMarkedText } from './PopupMarkedText';
import { PopupVerdict } from './PopupVerdict';
import { TruncationNotice } from './TruncationNotice';
import { SiteSwitch } from './SiteSwitch';
import { useLiveCheck } from './useLiveCheck';
import { usePageLanguage } from './usePageLanguage';

/**
 * Quick check of pasted text, with the same checker and policy as pages. The text lives only in
 * this page's state and the check message to the background: never stored, never logged.
 */
export function Popup() {
  const lang = useUiLang();
  usePageLanguage(lang, 'extName');
  const [text, setText] = useState('');
  const [inReplyTo, setInReplyTo] = useState('');
  const live = useLiveCheck(text, inReplyTo);
  const id = useId();
  const { checked } = live;

  return (
    <main className="popup" lang={lang}>
      <h1>{t(lang, 'extName')}</h1>
      <label htmlFor={`${id}-text`}>{t(lang, 'popup_text_label')}</label>
      <p id={`${id}-hint`} className="hint">
        {t(lang, 'popup_text_hint')}
      </p>
      <textarea
        id={`${id}-text`}
        className="post"
        data-testid="text"
        aria-describedby={`${id}-hint`}
        autoFocus
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <details className="in-reply-to">
        <summary>{t(lang, 'popup_in_reply_to_toggle')}</summary>
        <label htmlFor={`${id}-reply`}>{t(lang, 'popup_in_reply_to_label')}</label>
        <textarea id={`${id}-reply`} data-testid="in-reply-to" spellCheck={false} value={inReplyTo} onChange={(e) => setInReplyTo(e.target.value)} />
      </details>
      <PopupVerdict checked={checked} problem={live.problem} lang={lang} />
      {checked?.result.checkedChars !== undefined && <TruncationNotice checkedChars={checked.result.checkedChars} lang={lang} />}
      {checked && checked.result.findings.length > 0 && <PopupMarkedText checked={checked} lang={lang} />}
      {checked && <PopupFindings checked={checked} lang={lang} />}
      <PopupCopyActions live={live} lang={lang} />
      <footer>
        <SiteSwitch lang={lang} />
        <button type="button" className="link" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'popup_open_options')}
        </button>
      </footer>
    </main>
  );
}
