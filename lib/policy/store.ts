import { create } from 'zustand';
import { watchPolicy } from './client';
import type { PolicyState } from './merge';
import { DEFAULT_POLICY } from './schema';

export type { PolicyState } from './merge';

/**
 * The effective policy as the UI sees it (defaults < managed defaults < user settings < managed
 * policy), which settings the organisation has locked (dotted paths, see isLocked in merge.ts), and
 * why a policy source was refused, if one was. Every React surface reads policy from here; call
 * connectPolicyStore() once per page to keep it in sync with the background.
 */
// Starts at the defaults (what merge.ts resolves with no sources), written out so that pages do not
// bundle the validator (re2js) just to compute them.
export const usePolicyStore = create<PolicyState>(() => ({ policy: DEFAULT_POLICY, locked: [], problems: [] }));

/** Keeps usePolicyStore equal to the background's effective policy, live, until `signal` aborts. */
export function connectPolicyStore(signal?: AbortSignal): void {
  watchPolicy((state) => usePolicyStore.setState(state, true), signal);
}
