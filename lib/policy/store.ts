import { create } from 'zustand';
import { DEFAULT_POLICY, type Policy } from './schema';

/**
 * The effective policy as the UI sees it (defaults < managed defaults < user settings < managed
 * policy), which keys the organisation has locked, and the last problem found in a policy source.
 * Every React surface reads policy from here.
 */
export interface PolicyState {
  policy: Policy;
  /** Dotted paths of settings the managed policy enforces (shown as locked). */
  locked: string[];
  /** Human-readable problems with the last policy input that was rejected, if any. */
  problems: string[];
}

export const usePolicyStore = create<PolicyState>(() => ({
  policy: DEFAULT_POLICY,
  locked: [],
  problems: [],
}));
