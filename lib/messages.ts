import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { BudgetedResult } from './checkBudget';
import { LANGS } from './checker/types';
import type { PolicyState } from './policy/merge';

/**
 * Every message between the extension's contexts, with its reply type. Each request is validated
 * on receipt: a page or a broken context must not be able to feed the background anything else.
 */

/**
 * Longest text (UTF-16 code units) the background accepts for a check. Beyond the check budget
 * (lib/checkBudget.ts) on purpose: a huge paste is cut and checked, not refused.
 */
export const MAX_TEXT = 2_000_000;
const longText = v.pipe(v.string(), v.maxLength(MAX_TEXT));

export const requestSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('check'),
    text: longText,
    inReplyTo: v.optional(longText),
    site: v.optional(v.pipe(v.string(), v.maxLength(100))),
    lang: v.optional(v.picklist(LANGS)),
    mediaCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000))),
  }),
  v.strictObject({ type: v.literal('ping') }),
  /**
   * The effective policy, which settings the organisation locked, and any refused source. Content
   * scripts and pages ask once, then follow changes through storage (lib/policy/client.ts).
   */
  v.strictObject({ type: v.literal('getPolicy') }),
]);

export type Request = v.InferOutput<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export interface Replies {
  check: BudgetedResult;
  ping: { ok: true };
  getPolicy: PolicyState;
}

export type ReplyOf<T extends RequestType> = Replies[T];

/** What the background answers when it refuses or fails a request. */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(value: unknown): value is ErrorReply {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Sends a request to the background and resolves with its typed reply; rejects on an error reply. */
export async function sendRequest<T extends RequestType>(request: RequestOf<T>): Promise<ReplyOf<T>> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (isErrorReply(reply)) throw new Error(reply.error);
  return reply as ReplyOf<T>;
}
