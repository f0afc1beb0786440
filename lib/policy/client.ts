import { browser } from 'wxt/browser';
import { sendRequest } from '../messages';
import type { PolicyState } from './merge';

/**
 * Where the background publishes the effective policy in storage.local. Defined here, with the
 * readers, so that pages and content scripts following the policy do not bundle the background's
 * validator (re2js) through policyService.
 */
export const POLICY_STATE_KEY = 'policyState';

/**
 * How content scripts and extension pages follow the effective policy: ask the background once
 * (`getPolicy`), then hear every change — managed policy, user settings, a refused source — through
 * storage.local, where the background publishes the state after each resolution. Open tabs thus
 * see a change live, without a reload. Stops when `signal` aborts (e.g. the content script's
 * `ctx.signal`).
 *
 *   watchPolicy((state) => { enforcement = state.policy.enforcement }, ctx.signal);
 */
export function watchPolicy(onState: (state: PolicyState) => void, signal?: AbortSignal): void {
  let heardChange = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[POLICY_STATE_KEY]?.newValue;
    if (area !== 'local' || next === undefined || signal?.aborted) return;
    heardChange = true;
    onState(next as PolicyState);
  };
  browser.storage.onChanged.addListener(listener);
  // An orphaned content script (extension updated or disabled) has no storage API left to detach from.
  signal?.addEventListener('abort', () => browser.storage?.onChanged.removeListener(listener));
  void sendRequest<'getPolicy'>({ type: 'getPolicy' }).then(
    // A change heard meanwhile is newer than this answer.
    (state) => {
      if (!heardChange && !signal?.aborted) onState(state);
    },
    (err: unknown) => console.warn('SafePost: policy unavailable', err),
  );
}
