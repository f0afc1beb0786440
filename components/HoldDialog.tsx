import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../lib/checker/types';
import { t } from '../lib/i18n';
import { OVERRIDE_REASONS, type OverrideReason } from '../lib/page/enforcement';

export interface HoldDialogProps {
  lang: Lang;
  /** 'confirm': the user may post anyway with a reason; 'block': only fixing lets the post out. */
  mode: 'confirm' | 'block';
  count: number;
  canRedact: boolean;
  onFix: () => void;
  onRedact: () => void;
  onPostAnyway: (reason: OverrideReason) => void;
}

/**
 * Shown when a flagged draft is submitted under the confirm or block policy. A native modal
 * <dialog>: it traps focus, Escape closes it (keeping the draft), and screen readers announce it.
 */
export function HoldDialog({ lang, mode, count, canRedact, onFix, onRedact, onPostAnyway }: HoldDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState<OverrideReason | undefined>();
  const ids = useId();
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="sp-dialog"
      lang={lang}
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-body`}
      data-safepost-dialog={mode}
      onCancel={(e) => {
        e.preventDefault();
        onFix();
      }}
    >
      <h2 id={`${ids}-title`}>{t(lang, mode === 'block' ? 'dialog_title_block' : 'dialog_title_confirm')}</h2>
      <p id={`${ids}-body`}>{t(lang, mode === 'block' ? 'dialog_body_block' : 'dialog_body_confirm', { count })}</p>
      {mode === 'confirm' && (
        <fieldset className="sp-reasons">
          <legend>{t(lang, 'dialog_reason_label')}</legend>
          {OVERRIDE_REASONS.map((r) => (
            <label key={r}>
              <input type="radio" name={`${ids}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} />{' '}
              {t(lang, `dialog_reason_${r}`)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="sp-actions">
        <button type="button" className="sp-primary" data-safepost-action="fix" autoFocus onClick={onFix}>
          {t(lang, 'dialog_fix')}
        </button>
        {canRedact && (
          <button type="button" data-safepost-action="redact" onClick={onRedact}>
            {t(lang, 'panel_redact')}
          </button>
        )}
        {mode === 'confirm' && (
          <button
            type="button"
            data-safepost-action="post-anyway"
            disabled={!reason}
            onClick={() => reason && onPostAnyway(reason)}
          >
            {t(lang, 'dialog_post_anyway')}
          </button>
        )}
      </div>
    </dialog>
  );
}
