import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createHandlers, defaultDeps, servePort } from '../../lib/backgroundRouter';
import { createRequestChannel, REQUEST_PORT, type PortLike } from '../../lib/requestPort';

const EXTENSION_ID = 'safepost-test';

/** One end of an in-memory port; `peer` is the other end. Messages arrive asynchronously, as in browsers. */
class FakePort implements PortLike {
  peer?: FakePort;
  sent: unknown[] = [];
  closed = false;
  private messageListeners: Array<(message: unknown) => void> = [];
  private disconnectListeners: Array<() => void> = [];
  constructor(
    readonly name: string,
    readonly sender?: Browser.runtime.MessageSender,
  ) {}
  postMessage(message: unknown) {
    if (this.closed) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(message);
    const peer = this.peer;
    const copy = structuredClone(message);
    queueMicrotask(() => peer?.messageListeners.forEach((l) => l(copy)));
  }
  disconnect() {
    this.closed = true;
    const peer = this.peer;
    if (peer) queueMicrotask(() => peer.dropped());
  }
  /** The other end went away: what the browser reports to this end. */
  dropped() {
    this.closed = true;
    this.disconnectListeners.forEach((l) => l());
  }
  onMessage = { addListener: (l: (message: unknown) => void) => void this.messageListeners.push(l) };
  onDisconnect = { addListener: (l: () => void) => void this.disconnectListeners.push(l) };
}

/** A background that serves every port the channel opens; `ports` lists the background's ends. */
function background(sender: Browser.runtime.MessageSender = { id: EXTENSION_ID, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 }) {
  const handlers = createHandlers(defaultDeps());
  const ports: FakePort[] = [];
  const connect = () => {
    const client = new FakePort(REQUEST_PORT);
    const server = new FakePort(REQUEST_PORT, sender);
    client.peer = server;
    server.peer = client;
    ports.push(server);
    servePort(server, handlers, EXTENSION_ID);
    return client;
  };
  return { connect, ports };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('requests over one port', () => {
  it('answers each request with its own reply, over a single port', async () => {
    const bg = background();
    const channel = createRequestChannel(bg.connect);
    const [leak, benign] = await Promise.all([
      channel.send<'check'>({ type: 'check', text: 'Call Mrs Diaz at 555-123-4567 about her surgery' }),
      channel.send<'check'>({ type: 'check', text: 'Flu shots are available at all clinics this week.' }),
    ]);
    expect(leak.verdict).toBe('block');
    expect(benign.verdict).toBe('ok');
    expect(bg.ports).toHaveLength(1);
  });

  it('rejects with the background’s error for a malformed request', async () => {
    const channel = createRequestChannel(background().connect);
    await expect(channel.send({ type: 'check', text: 42 } as never)).rejects.toThrow(/Rejected message/);
  });

  it('sends a request in flight again on a new port when the background went away', async () => {
    const bg = background();
    const channel = createRequestChannel(bg.connect);
    await channel.send<'ping'>({ type: 'ping' });
    // The background stops (an idle MV3 service worker) while a check is on its way.
    const reply = channel.send<'check'>({ type: 'check', text: 'your MRI results are ready, Mr Smith' });
    bg.ports[0]!.disconnect();
    await expect(reply).resolves.toMatchObject({ verdict: 'block' });
    expect(bg.ports).toHaveLength(2);
  });

  it('opens a new port for the next request after the old one closed', async () => {
    const bg = background();
    const channel = createRequestChannel(bg.connect);
    await channel.send<'ping'>({ type: 'ping' });
    bg.ports[0]!.disconnect();
    await settle();
    await expect(channel.send<'ping'>({ type: 'ping' })).resolves.toEqual({ ok: true });
    expect(bg.ports).toHaveLength(2);
  });

  it('fails a request whose second port closes too, instead of retrying for ever', async () => {
    let opened = 0;
    const channel = createRequestChannel(() => {
      opened++;
      const port = new FakePort(REQUEST_PORT);
      queueMicrotask(() => port.dropped());
      return port;
    });
    await expect(channel.send<'ping'>({ type: 'ping' })).rejects.toThrow(/closed the connection/);
    expect(opened).toBe(2);
  });

  it('fails when the extension is gone and no port can be opened', async () => {
    const channel = createRequestChannel(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(channel.send<'ping'>({ type: 'ping' })).rejects.toThrow(/context invalidated/);
  });

  it('closes a port from another extension without answering', async () => {
    const bg = background({ id: 'someone-else', tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 });
    const channel = createRequestChannel(bg.connect);
    await expect(channel.send<'ping'>({ type: 'ping' })).rejects.toThrow(/closed the connection/);
    expect(bg.ports.every((p) => p.sent.length === 0)).toBe(true);
  });
});
