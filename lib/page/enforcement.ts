import type { Verdict } from '../checker/types';
import type { Enforcement } from '../policy/schema';
import type { SiteAdapter } from '../sites/types';
import { describeField, submitControlOf } from './composer';
import type { FieldSession } from './fieldSession';

/** What happens to a submit: it goes out, or is held for the user to fix (or, in confirm, to confirm). */
export type SubmitDecision = 'pass' | 'confirm' | 'block';

/** warn never interferes; confirm holds any flagged draft; block refuses a block verdict and holds a warn. */
export function decideSubmit(enforcement: Enforcement, verdict: Verdict): SubmitDecision {
  if (enforcement === 'warn' || verdict === 'ok') return 'pass';
  return enforcement === 'block' && verdict === 'block' ? 'block' : 'confirm';
}

/** Why a user posts a flagged draft anyway. A fixed choice, never free text: it could hold PHI. */
export const OVERRIDE_REASONS = ['not_phi', 'authorized', 'approved'] as const;
export type OverrideReason = (typeof OVERRIDE_REASONS)[number];

/** A submit that was stopped, and how to send it again once the user allows it. */
export interface HeldSubmit {
  session: FieldSession;
  decision: Exclude<SubmitDecision, 'pass'>;
  replay: () => void;
}

export interface EnforcementOptions {
  adapter: SiteAdapter;
  sessions: () => Iterable<FieldSession>;
  enforcement: () => Enforcement;
  /** Shows the user why the submit was held; they may fix the draft or call replay. */
  hold: (held: HeldSubmit) => void;
  /** A submit left (or was let go): lets attachment counts and ignores reset once the site clears the draft. */
  submitted: (session: FieldSession) => void;
  signal: AbortSignal;
}

/**
 * Stops the site's submit of a flagged draft before the site sees it: listeners on window in the
 * capture phase run before any of the page's own. Covers a click on the adapter's submit controls,
 * Ctrl/Cmd+Enter in a watched field, and Enter where the site posts on Enter. In warn, returns at
 * once without touching the event.
 */
export function installEnforcement(options: EnforcementOptions): void {
  const { adapter, signal } = options;
  let replaying = false;

  const intercept = (event: Event, session: FieldSession, replay: () => void) => {
    const go = (verdict: Verdict) => {
      const decision = decideSubmit(options.enforcement(), verdict);
      if (decision === 'pass') {
        options.submitted(session);
        return true;
      }
      options.hold({ session, decision, replay: () => (options.submitted(session), replay()) });
      return false;
    };
    if (session.isCurrent()) {
      if (!go(session.result!.verdict)) stop(event);
      return;
    }
    // The verdict for this exact text is not known yet: hold the submit until it is.
    stop(event);
    void session.checkNow().then((result) => {
      if (result && go(result.verdict)) replay();
    });
  };

  const replayWith = (send: () => void) => {
    replaying = true;
    try {
      send();
    } finally {
      replaying = false;
    }
  };

  const onClick = (event: MouseEvent) => {
    if (replaying || options.enforcement() === 'warn') return;
    for (const session of options.sessions()) {
      const composer = describeField(adapter, session.field)?.composer;
      const control = composer && submitControlOf(adapter, composer, event);
      if (!control) continue;
      if (control.matches(':disabled, [aria-disabled="true"]')) return;
      intercept(event, session, () => replayWith(() => control.click()));
      return;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (replaying || event.key !== 'Enter' || event.isComposing || options.enforcement() === 'warn') return;
    const path = event.composedPath();
    const session = [...options.sessions()].find((s) => path.includes(s.field));
    const origin = path[0];
    if (!session || !(origin instanceof Element)) return;
    const plainEnter = !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (!(event.ctrlKey || event.metaKey) && !(plainEnter && describeField(adapter, session.field)?.enterPosts)) return;
    const init: KeyboardEventInit = {
      key: event.key,
      code: event.code,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    intercept(event, session, () => replayWith(() => origin.dispatchEvent(new KeyboardEvent('keydown', init))));
  };

  window.addEventListener('click', onClick, { capture: true, signal });
  window.addEventListener('keydown', onKeyDown, { capture: true, signal });
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
