import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { DEFAULT_POLICY, policySchema, type Policy } from './schema';

/**
 * Where the policy is read from until the merge of managed and user sources exists: one
 * storage.sync key holding a policy object. Content scripts and tests go through this module only,
 * so moving to the merged effective policy changes this file alone.
 */
export const STORED_POLICY_KEY = 'policy';

/** The stored policy, validated; the defaults when there is none or it is malformed. */
export async function readStoredPolicy(): Promise<Policy> {
  const stored = (await browser.storage.sync.get(STORED_POLICY_KEY))[STORED_POLICY_KEY];
  const parsed = v.safeParse(policySchema, stored ?? {});
  return parsed.success ? parsed.output : DEFAULT_POLICY;
}
