import type { Worker } from 'playwright-core';

/** What the content script asked the background to check (test-only record kept in the service worker). */
export interface RecordedCheck {
  text: string;
  inReplyTo?: string;
  site?: string;
}

/**
 * Adds a second listener to the extension's service worker that keeps every `check` request a content
 * script sends, so a test can see what it sent (the reply context) without changing the extension.
 * It never answers, so the real router still replies.
 */
export async function recordChecks(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    type Listener = (m: unknown) => void;
    const scope = globalThis as unknown as {
      __checks?: unknown[];
      chrome: { runtime: { onConnect: { addListener(fn: (port: { onMessage: { addListener(fn: Listener): void } }) => void): void } } };
    };
    if (scope.__checks) return;
    scope.__checks = [];
    // Content scripts send their checks over a long-lived port (lib/requestPort.ts), each as { id, request }.
    scope.chrome.runtime.onConnect.addListener((port) => {
      port.onMessage.addListener((message) => {
        const request = (message as { request?: { type?: string } }).request;
        if (request?.type === 'check') scope.__checks!.push(request);
      });
    });
  });
}

/** The check requests recorded since recordChecks, oldest first. */
export function recordedChecks(serviceWorker: Worker): Promise<RecordedCheck[]> {
  return serviceWorker.evaluate(() => (globalThis as unknown as { __checks: RecordedCheck[] }).__checks);
}
