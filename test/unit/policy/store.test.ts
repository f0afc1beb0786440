import { browser } from 'wxt/browser';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, routeMessage } from '../../../lib/backgroundRouter';
import { createChecker } from '../../../lib/checker';
import { POLICY_STATE_KEY, watchPolicy } from '../../../lib/policy/client';
import { effectivePolicy, NO_SOURCES, type PolicyState } from '../../../lib/policy/merge';
import { connectPolicyStore, usePolicyStore } from '../../../lib/policy/store';

function answerGetPolicy(state: PolicyState) {
  const handlers = createHandlers({ checker: () => createChecker(state.policy), policyState: () => state });
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    void routeMessage(handlers, message).then(sendResponse);
    return true;
  });
}

const blocking = effectivePolicy({ managed: { enforcement: 'block' }, user: {} });
const confirming = effectivePolicy({ managed: { enforcement: 'confirm' }, user: {} });

describe('following the effective policy outside the background', () => {
  it('starts at what the defaults resolve to, before the background answers', () => {
    expect(usePolicyStore.getInitialState()).toEqual(effectivePolicy(NO_SOURCES));
  });

  it('asks the background once, then follows the state published in storage.local', async () => {
    answerGetPolicy(blocking);
    const seen: string[] = [];
    const controller = new AbortController();
    watchPolicy((s) => seen.push(s.policy.enforcement), controller.signal);
    await vi.waitFor(() => expect(seen).toEqual(['block']));
    await browser.storage.local.set({ [POLICY_STATE_KEY]: confirming });
    expect(seen).toEqual(['block', 'confirm']);
    controller.abort();
    await browser.storage.local.set({ [POLICY_STATE_KEY]: blocking });
    expect(seen).toEqual(['block', 'confirm']);
  });

  it('keeps the zustand store equal to the background state', async () => {
    usePolicyStore.setState(effectivePolicy(NO_SOURCES), true);
    answerGetPolicy(blocking);
    connectPolicyStore();
    await vi.waitFor(() => expect(usePolicyStore.getState()).toEqual(blocking));
    await browser.storage.local.set({ [POLICY_STATE_KEY]: confirming });
    expect(usePolicyStore.getState()).toEqual(confirming);
  });
});
