import type { Worker } from 'playwright-core';

/** What the content script asked the background to check (test-only record kept in the service worker). */
export interface RecordedCheck {
  text: string;
  inReplyTo?: string;
  site?: string;
}

/**
 * Adds a second message listener to the extension's service worker that keeps every `check` request,
 * so a test can see what the content script sent (the reply context) without changing the extension.
 * It never answers, so the real router still replies.
 */
export async function recordChecks(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    const scope = globalThis as unknown as { __checks?: unknown[]; chrome: { runtime: { onMessage: { addListener(fn: (m: unknown) => void): void } } } };
    if (scope.__checks) return;
    scope.__checks = [];
    scope.chrome.runtime.onMessage.addListener((message) => {
      if ((message as { type?: string }).type === 'check') scope.__checks!.push(message);
    });
  });
}

/** The check requests recorded since recordChecks, oldest first. */
export function recordedChecks(serviceWorker: Worker): Promise<RecordedCheck[]> {
  return serviceWorker.evaluate(() => (globalThis as unknown as { __checks: RecordedCheck[] }).__checks);
}
