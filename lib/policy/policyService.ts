import { browser } from 'wxt/browser';
import { createChecker } from '../checker';
import type { Checker } from '../checker/types';
import { effectivePolicy, NO_SOURCES, resolvePolicy, type GoodSources, type PolicyState } from './merge';
import { POLICY_STATE_KEY } from './client';
import { loadUserSettings, USER_SETTINGS_KEY } from './userSettings';

/**
 * The background's hold on policy: reads the sources, resolves them (merge.ts), keeps the checker
 * compiled for the result, and publishes the state in storage.local under POLICY_STATE_KEY, where
 * content scripts and extension pages read it and hear every change (see lib/policy/client.ts).
 */

/** The last good version of each source, so a broken policy never replaces a working one. */
export const GOOD_SOURCES_KEY = 'policyGoodSources';

export interface PolicyService {
  /**
   * Resolves once a policy is in force: at first the last good managed policy with the current user
   * settings, because Chromium answers storage.managed only once its policy service has loaded
   * (about two seconds after the browser starts), and checks must not wait for that.
   */
  ready: Promise<void>;
  state(): PolicyState;
  checker(): Checker;
  /** Resolves the sources again (called on storage changes), with the managed policy as last read. */
  reload(): Promise<void>;
}

/** storage.managed.get() throws in Firefox when no policy is set (and where managed storage is missing): no policy. */
async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

export function startPolicyService(compile: (policy: PolicyState['policy']) => Checker = createChecker): PolicyService {
  let state: PolicyState | undefined;
  let checker: Checker | undefined;
  let compiledFor = '';

  /**
   * The managed policy as last read. Chromium can take from seconds to a minute to answer
   * storage.managed (it answers once its policy service has loaded), so reads happen beside the
   * queue of resolutions, and until the first answer the last good managed policy stands in.
   */
  let managed: { value: unknown } | undefined;

  const apply = async () => {
    const [user, stored] = await Promise.all([loadUserSettings(), browser.storage.local.get(GOOD_SOURCES_KEY)]);
    const lastGood = (stored[GOOD_SOURCES_KEY] as GoodSources | undefined) ?? NO_SOURCES;
    const { good, ...next } = resolvePolicy({ managed: managed ? managed.value : lastGood.managed, user: user.raw, userProblem: user.problem }, lastGood);
    const key = JSON.stringify(next.policy);
    if (key !== compiledFor) {
      checker = compile(next.policy);
      compiledFor = key;
    }
    state = next;
    for (const p of next.problems) console.warn(`SafePost policy: ${p.source} ${p.path || '(whole policy)'} refused: ${p.reason.key}`, p.reason.values ?? '');
    await browser.storage.local.set({ [GOOD_SOURCES_KEY]: good, [POLICY_STATE_KEY]: next });
  };

  // Checking must never stop for want of a policy: if the sources cannot be read at all, the
  // built-in defaults apply until the next change.
  const applyOrDefault = () =>
    apply().catch((err: unknown) => {
      console.warn('SafePost policy: could not read the policy sources', err);
      if (!state) {
        state = effectivePolicy(NO_SOURCES);
        checker = compile(state.policy);
      }
    });
  // One resolution at a time, in order: a burst of changes ends with the latest sources applied.
  const ready = applyOrDefault();
  let queue = ready;
  const reload = () => (queue = queue.then(applyOrDefault));
  const rereadManaged = () =>
    void readManaged().then((value) => {
      managed = { value };
      return reload();
    });
  rereadManaged();

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') rereadManaged();
    else if (area === 'sync' && USER_SETTINGS_KEY in changes) void reload();
  });

  return {
    ready,
    reload,
    state: () => {
      if (!state) throw new Error('Policy not loaded yet');
      return state;
    },
    checker: () => {
      if (!checker) throw new Error('Policy not loaded yet');
      return checker;
    },
  };
}
