import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { createHandlers, defaultDeps, routeMessage } from '../../lib/backgroundRouter';

/**
 * Answers runtime messages the way the background does (the same router, the real checker with the
 * default policy), so a page under test talks to a real background over fakeBrowser's messaging.
 * Returns a spy on every request the background received.
 */
export function startFakeBackground() {
  const handlers = createHandlers(defaultDeps());
  const received = vi.fn<(message: unknown) => void>();
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    received(message);
    void routeMessage(handlers, message).then(sendResponse);
    return true;
  });
  return received;
}
