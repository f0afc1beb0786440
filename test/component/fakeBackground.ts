import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { createHandlers, defaultDeps, routeMessage, type RouterDeps } from '../../lib/backgroundRouter';
import type { Checker } from '../../lib/checker/types';

/**
 * Answers runtime messages the way the background does (through the same router), so a page under
 * test talks to a real background over fakeBrowser's messaging. `checker` replaces the real one.
 * Returns a spy on every request the background received.
 */
export function startFakeBackground(checker?: Checker) {
  const real = defaultDeps();
  const deps: RouterDeps = checker ? { ...real, checker: () => checker } : real;
  const handlers = createHandlers(deps);
  const received = vi.fn<(message: unknown) => void>();
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    received(message);
    void routeMessage(handlers, message).then(sendResponse);
    return true;
  });
  return received;
}
