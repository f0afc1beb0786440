import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { createChecker } from './checker';
import { checkWithinBudget } from './checkBudget';
import type { Checker } from './checker/types';
import { requestSchema, type ErrorReply, type Replies, type Request } from './messages';
import { DEFAULT_POLICY } from './policy/schema';

type Handlers = { [T in keyof Replies]: (request: Extract<Request, { type: T }>) => Replies[T] | Promise<Replies[T]> };

export interface RouterDeps {
  checker: () => Checker;
}

export function createHandlers(deps: RouterDeps): Handlers {
  return {
    check: ({ text, inReplyTo, site, lang, mediaCount }) =>
      checkWithinBudget(deps.checker(), text, { inReplyTo, site, lang, mediaCount }),
    ping: () => ({ ok: true }),
  };
}

/** Validates and dispatches one message; pure apart from the handlers, so tests call it directly. */
export async function routeMessage(handlers: Handlers, message: unknown): Promise<Replies[keyof Replies] | ErrorReply> {
  const parsed = v.safeParse(requestSchema, message);
  if (!parsed.success) return { error: `Rejected message: ${parsed.issues[0]?.message ?? 'invalid'}` };
  const request = parsed.output;
  try {
    const handler = handlers[request.type] as (r: Request) => Replies[keyof Replies] | Promise<Replies[keyof Replies]>;
    return await handler(request);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/** Only the extension's own pages and content scripts may talk to the background. */
export function isTrustedSender(sender: Browser.runtime.MessageSender, extensionId: string): boolean {
  return sender.id === extensionId;
}

export function defaultDeps(): RouterDeps {
  let checker: Checker | undefined;
  return { checker: () => (checker ??= createChecker(DEFAULT_POLICY)) };
}
