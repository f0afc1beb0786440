import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { createChecker } from './checker';
import { checkWithinBudget } from './checkBudget';
import type { Checker, CheckResult } from './checker/types';
import { requestSchema, type ErrorReply, type Replies, type Request } from './messages';
import { isPortRequest, REQUEST_PORT, type PortLike, type PortReply } from './requestPort';
import { effectivePolicy, NO_SOURCES, type PolicyState } from './policy/merge';

/** Who sent a message, as far as the background needs to know. */
export interface MessageOrigin {
  /** Stable per sending context: a tab's frame, or an extension page. */
  key: string;
  /** Whether this context's checks count in the warning statistics (not the options page's test box). */
  counted: boolean;
}

type Handlers = {
  [T in keyof Replies]: (request: Extract<Request, { type: T }>, origin: MessageOrigin) => Replies[T] | Promise<Replies[T]>;
};

export interface RouterDeps {
  /** The checker compiled for the effective policy (recompiled by the policy service on change). */
  checker: () => Checker | Promise<Checker>;
  policyState: () => PolicyState | Promise<PolicyState>;
  /** Sees every check result, for the warning counts (never the text). */
  onChecked?: (result: CheckResult, origin: MessageOrigin) => void;
}

const UNKNOWN_ORIGIN: MessageOrigin = { key: 'unknown', counted: false };

export function createHandlers(deps: RouterDeps): Handlers {
  return {
    check: async ({ text, inReplyTo, site, lang, mediaCount }, origin) => {
      const result = checkWithinBudget(await deps.checker(), text, { inReplyTo, site, lang, mediaCount });
      deps.onChecked?.(result, origin);
      return result;
    },
    ping: () => ({ ok: true }),
    getPolicy: () => deps.policyState(),
  };
}

/** Validates and dispatches one message; pure apart from the handlers, so tests call it directly. */
export async function routeMessage(
  handlers: Handlers,
  message: unknown,
  origin: MessageOrigin = UNKNOWN_ORIGIN,
): Promise<Replies[keyof Replies] | ErrorReply> {
  const parsed = v.safeParse(requestSchema, message);
  if (!parsed.success) return { error: `Rejected message: ${parsed.issues[0]?.message ?? 'invalid'}` };
  const request = parsed.output;
  try {
    const handler = handlers[request.type] as (r: Request, o: MessageOrigin) => Replies[keyof Replies] | Promise<Replies[keyof Replies]>;
    return await handler(request, origin);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Answers the requests that come over one port (lib/requestPort.ts), each reply tagged with its
 * request's id. A port from anyone but the extension's own contexts is closed unanswered.
 */
export function servePort(port: PortLike & { sender?: Browser.runtime.MessageSender }, handlers: Handlers, extensionId: string): void {
  if (port.name !== REQUEST_PORT || !port.sender || !isTrustedSender(port.sender, extensionId)) {
    port.disconnect();
    return;
  }
  const origin = originOf(port.sender);
  port.onMessage.addListener((message) => {
    if (!isPortRequest(message)) return;
    void routeMessage(handlers, message.request, origin).then((reply) => {
      try {
        port.postMessage({ id: message.id, reply } satisfies PortReply);
      } catch {
        // The tab closed or navigated while its check ran: nobody is left to answer.
      }
    });
  });
}

/** Only the extension's own pages and content scripts may talk to the background. */
export function isTrustedSender(sender: Browser.runtime.MessageSender, extensionId: string): boolean {
  return sender.id === extensionId;
}

/** The origin of a trusted sender: content scripts by tab and frame, extension pages by path. */
export function originOf(sender: Browser.runtime.MessageSender): MessageOrigin {
  if (sender.tab?.id !== undefined) return { key: `tab:${sender.tab.id}:${sender.frameId ?? 0}`, counted: true };
  const page = sender.url ? new URL(sender.url).pathname : '';
  return { key: `page:${page}`, counted: page !== '/options.html' };
}

/** Deps for the built-in defaults alone (tests, and anything without the policy service). */
export function defaultDeps(): RouterDeps {
  let checker: Checker | undefined;
  return {
    checker: () => (checker ??= createChecker(effectivePolicy(NO_SOURCES).policy)),
    policyState: () => effectivePolicy(NO_SOURCES),
  };
}
