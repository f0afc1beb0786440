import type { SiteAdapter } from '../sites/types';
import { fieldFromEvent, fieldsInDocument, focusedField } from './discovery';
import { unmarkField } from './domContract';
import { watchField, type CheckFn, type FieldSession } from './fieldSession';
import { whenRemoved } from './removal';

export interface WatcherOptions {
  adapter: SiteAdapter;
  check: CheckFn;
  onResult: (session: FieldSession) => void;
  /** Called as soon as a rich editor's text changes, before any check of it (see watchField). */
  onEdit?: (field: HTMLElement) => void;
  /** Called when a field's session ends: the field left the page, or the watcher stopped. */
  onDispose?: (session: FieldSession) => void;
  /** Aborted when the content script is invalidated (extension updated, disabled or reloaded). */
  signal: AbortSignal;
}

/**
 * Finds compose fields when they get focus (through open shadow roots too), plus those present or
 * focused at start, and watches each once; ends a field's session when the field leaves the page.
 * Nothing rescans the page: editors that single-page apps add later, or create when a placeholder
 * is clicked, are found by the focus that typing into them needs.
 */
export function startWatcher({ adapter, check, onResult, onEdit, onDispose, signal }: WatcherOptions): Map<HTMLElement, FieldSession> {
  const sessions = new Map<HTMLElement, FieldSession>();
  const end = (field: HTMLElement) => {
    const session = sessions.get(field);
    if (!session) return;
    sessions.delete(field);
    session.dispose();
    // A field SafePost no longer watches carries no marks: a verdict would go stale there.
    unmarkField(field);
    onDispose?.(session);
  };
  const watch = (field: HTMLElement) => {
    if (sessions.has(field) || !field.isConnected || signal.aborted) return;
    sessions.set(field, watchField(field, adapter, check, onResult, onEdit));
    whenRemoved(field, () => end(field), signal);
  };

  fieldsInDocument(document, adapter).forEach(watch);
  const focused = focusedField(document, adapter);
  if (focused) watch(focused);
  document.addEventListener(
    'focusin',
    (event) => {
      const field = fieldFromEvent(event, adapter);
      if (field) watch(field);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => [...sessions.keys()].forEach(end), { once: true });
  return sessions;
}
