import { browser } from 'wxt/browser';
import { isErrorReply, type ReplyOf, type Request, type RequestOf, type RequestType } from './messages';

/**
 * Requests over one long-lived port, for the content script's check on every pause in typing.
 * Chromium's runtime.sendMessage opens and closes a message channel per call, about 1 ms of the
 * page's main thread each time (measured with scripts/bench-inline.ts); a message on an open port
 * costs a fraction of that. Rare requests from extension pages keep using sendRequest.
 */
export const REQUEST_PORT = 'safepost-requests';

/** The part of runtime.Port both ends use, so tests can pass a pair of fakes. */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** A request on the port, tagged so its reply finds the caller whatever order replies come in. */
export interface PortRequest {
  id: number;
  request: Request;
}

export interface PortReply {
  id: number;
  reply: unknown;
}

/** A message with a numeric id and the given field: what either end of the port sends. */
const isTagged = (message: unknown, field: 'request' | 'reply') =>
  typeof message === 'object' && message !== null && typeof (message as { id?: unknown }).id === 'number' && field in message;

export const isPortRequest = (message: unknown): message is PortRequest => isTagged(message, 'request');
const isPortReply = (message: unknown): message is PortReply => isTagged(message, 'reply');

interface Pending {
  request: Request;
  resolve: (reply: unknown) => void;
  reject: (error: unknown) => void;
  resent: boolean;
}

export interface RequestChannel {
  send<T extends RequestType>(request: RequestOf<T>): Promise<ReplyOf<T>>;
}

/**
 * Opens the port on first use, and again after it closed: an MV3 background stops when idle and
 * takes its end of the port with it. A request in flight when that happens is sent once more on a
 * new port; if that one closes too, or the extension is gone (connect throws), the request fails.
 */
export function createRequestChannel(connect: () => PortLike = () => browser.runtime.connect({ name: REQUEST_PORT })): RequestChannel {
  let port: PortLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const post = (id: number, entry: Pending) => {
    try {
      port ??= open();
      port.postMessage({ id, request: entry.request } satisfies PortRequest);
    } catch (error) {
      pending.delete(id);
      entry.reject(error);
    }
  };

  function open(): PortLike {
    const opened = connect();
    opened.onMessage.addListener((message) => {
      if (!isPortReply(message)) return;
      const entry = pending.get(message.id);
      if (!entry) return;
      pending.delete(message.id);
      if (isErrorReply(message.reply)) entry.reject(new Error(message.reply.error));
      else entry.resolve(message.reply);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = undefined;
      for (const [id, entry] of pending) {
        if (entry.resent) {
          pending.delete(id);
          entry.reject(new Error('SafePost: the background closed the connection'));
        } else {
          entry.resent = true;
          post(id, entry);
        }
      }
    });
    return opened;
  }

  return {
    send<T extends RequestType>(request: RequestOf<T>) {
      return new Promise<ReplyOf<T>>((resolve, reject) => {
        const id = nextId++;
        const entry: Pending = { request, resolve: resolve as (reply: unknown) => void, reject, resent: false };
        pending.set(id, entry);
        post(id, entry);
      });
    },
  };
}
