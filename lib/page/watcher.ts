import type { SiteAdapter } from '../sites/types';
import { fieldFromEvent, fieldsInDocument } from './discovery';
import { unmarkField } from './domContract';
import { watchField, type CheckFn, type FieldSession } from './fieldSession';

export interface WatcherOptions {
  adapter: SiteAdapter;
  check: CheckFn;
  onResult: (session: FieldSession) => void;
  /** Aborted when the content script is invalidated (extension updated, disabled or reloaded). */
  signal: AbortSignal;
}

/**
 * Finds compose fields as they get focus (through open shadow roots too), plus those present at
 * start, and watches each once. Focus-driven discovery costs nothing on busy feeds.
 */
export function startWatcher({ adapter, check, onResult, signal }: WatcherOptions): Map<HTMLElement, FieldSession> {
  const sessions = new Map<HTMLElement, FieldSession>();
  const watch = (field: HTMLElement) => {
    if (sessions.has(field)) return;
    sessions.set(field, watchField(field, adapter, check, onResult));
  };
  fieldsInDocument(document, adapter).forEach(watch);
  document.addEventListener(
    'focusin',
    (event) => {
      const field = fieldFromEvent(event, adapter);
      if (field) watch(field);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    for (const s of sessions.values()) {
      s.dispose();
      unmarkField(s.field);
    }
    sessions.clear();
  });
  return sessions;
}
