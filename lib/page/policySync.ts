import { browser } from 'wxt/browser';
import { sendRequest } from '../messages';
import type { Enforcement } from '../policy/schema';
import { usePolicyStore } from '../policy/store';

/**
 * Keeps the content script's copy of the effective policy (the zustand store every React surface
 * reads) current: loaded from the background at start, and again whenever extension storage changes.
 */
export function syncPolicyStore(signal: AbortSignal): Promise<void> {
  const load = async () => {
    try {
      usePolicyStore.setState({ policy: await sendRequest<'policy'>({ type: 'policy' }) });
    } catch {
      // The background is gone (extension reloaded): keep the last policy.
    }
  };
  const onChanged = () => void load();
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
  return load();
}

/** The enforcement the page applies to submits right now. */
export function getEnforcement(): Enforcement {
  return usePolicyStore.getState().policy.enforcement;
}
