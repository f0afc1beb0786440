import type { BudgetedResult } from '../checkBudget';
import type { SiteAdapter } from '../sites/types';
import { debounce } from './debounce';
import { markResult, markWatching } from './domContract';
import { isTextControl, readFieldText } from './fieldText';

/** What the checker is told besides the text. */
export interface CheckContext {
  /** The message this draft answers, when the field is a reply. */
  inReplyTo: string | undefined;
  /** Images or videos attached to this composer. */
  mediaCount: number;
}

export type CheckFn = (text: string, context: CheckContext) => Promise<BudgetedResult>;

/** Debounce after the last keystroke: short enough for keystroke→verdict well under 150 ms. */
export const CHECK_DEBOUNCE_MS = 60;

export interface FieldSession {
  field: HTMLElement;
  result: BudgetedResult | undefined;
  /** The text `result` is the verdict for. */
  checkedText: string | undefined;
  /** Images or videos attached to this composer; setting it re-checks. */
  mediaCount: number;
  /** performance.now() of the last change the user (or the site) made to the draft. */
  lastInputAt: number;
  recheck(): void;
  /** Checks the current text now (skipping the debounce); undefined if the text changed meanwhile. */
  checkNow(): Promise<BudgetedResult | undefined>;
  /** True when `result` is the verdict for the text the field holds now (and its attachments). */
  isCurrent(): boolean;
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
  /** A rich editor's text changed: told at once (a microtask after the change, before the page paints). */
  onEdit?: (field: HTMLElement) => void,
): FieldSession {
  let generation = 0;
  let mediaCount = 0;
  let checkedMedia = 0;
  /** Changes the observer has seen in a rich editor: comparing counts is cheaper than reading its text again. */
  let changes = 0;
  const textControl = isTextControl(field);
  const run = async (): Promise<BudgetedResult | undefined> => {
    const text = readFieldText(field);
    observer.takeRecords(); // changes made before the read are in `text`
    const changesBefore = changes;
    const media = mediaCount;
    const mine = ++generation;
    let result: BudgetedResult;
    try {
      result = await check(text, { inReplyTo: adapter.replyContext?.(field), mediaCount: media });
    } catch {
      return undefined; // the background is gone (extension updated or reloaded): stay quiet, keep the page working
    }
    if (observer.takeRecords().length) onChange(); // a change in this very task, not yet delivered to the observer
    const changed = textControl ? field.value !== text : changes !== changesBefore;
    if (mine !== generation || changed) return undefined;
    session.result = result;
    session.checkedText = text;
    checkedMedia = media;
    markResult(field, result);
    onResult(session);
    return result;
  };
  const scheduled = debounce(() => void run(), CHECK_DEBOUNCE_MS);
  const onInput = () => {
    session.lastInputAt = performance.now();
    scheduled();
  };
  const onChange = () => {
    changes++;
    onEdit?.(field);
    onInput();
  };
  // A rich editor's every change, typed or made by the site (clear after posting, restore a draft),
  // shows as a mutation; a text control's value changes show as input events.
  const observer = new MutationObserver(onChange);
  if (textControl) field.addEventListener('input', onInput);
  else observer.observe(field, { characterData: true, childList: true, subtree: true });
  const session: FieldSession = {
    field,
    result: undefined,
    checkedText: undefined,
    lastInputAt: 0,
    get mediaCount() {
      return mediaCount;
    },
    set mediaCount(count: number) {
      if (count === mediaCount) return;
      mediaCount = count;
      scheduled();
    },
    recheck: scheduled,
    checkNow() {
      scheduled.cancel();
      return run();
    },
    isCurrent: () =>
      session.result !== undefined && session.checkedText === readFieldText(field) && checkedMedia === mediaCount,
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
