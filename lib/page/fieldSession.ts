import type { BudgetedResult } from '../checkBudget';
import type { SiteAdapter } from '../sites/types';
import { debounce } from './debounce';
import { markResult, markWatching } from './domContract';
import { readFieldText } from './fieldText';

export type CheckFn = (text: string, inReplyTo: string | undefined) => Promise<BudgetedResult>;

/** Debounce after the last keystroke: short enough for keystroke→verdict well under 150 ms. */
export const CHECK_DEBOUNCE_MS = 60;

export interface FieldSession {
  field: HTMLElement;
  result: BudgetedResult | undefined;
  recheck(): void;
  dispose(): void;
}

/**
 * Watches one compose field: checks its text after input (debounced) and applies only the answer
 * for the text that is still there, dropping replies that arrive after the text changed.
 */
export function watchField(
  field: HTMLElement,
  adapter: SiteAdapter,
  check: CheckFn,
  onResult: (session: FieldSession) => void,
): FieldSession {
  let generation = 0;
  const run = async () => {
    const text = readFieldText(field);
    const mine = ++generation;
    let result: BudgetedResult;
    try {
      result = await check(text, adapter.replyContext?.(field));
    } catch {
      return; // the background is gone (extension updated or reloaded): stay quiet, keep the page working
    }
    if (mine !== generation || readFieldText(field) !== text) return;
    session.result = result;
    markResult(field, result);
    onResult(session);
  };
  const scheduled = debounce(() => void run(), CHECK_DEBOUNCE_MS);
  const onInput = () => scheduled();
  field.addEventListener('input', onInput);
  // Sites change drafts without input events too (clear after posting, restore a draft).
  const observer = new MutationObserver(onInput);
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) {
    observer.observe(field, { characterData: true, childList: true, subtree: true });
  }
  const session: FieldSession = {
    field,
    result: undefined,
    recheck: scheduled,
    dispose() {
      scheduled.cancel();
      generation++;
      field.removeEventListener('input', onInput);
      observer.disconnect();
    },
  };
  markWatching(field);
  scheduled();
  return session;
}
