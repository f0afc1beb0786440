import type { BrowserContext, CDPSession, ConsoleMessage, Page, Request, Worker } from 'playwright-core';

/** A request the extension made, and which of its contexts made it. */
export interface ExtensionRequest {
  url: string;
  /** service worker, extension page, or content script (by initiator) */
  from: string;
  why: string;
}

interface CdpInitiator {
  type: string;
  url?: string;
  stack?: CdpStack;
}
interface CdpStack {
  callFrames: { url: string }[];
  parent?: CdpStack;
}

function stackUrls(stack: CdpStack | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) urls.push(...s.callFrames.map((f) => f.url));
  return urls;
}

const isLocalScheme = (url: string) => /^(data|blob|about):/.test(url);

/**
 * Records every request of a browsing session and attributes it by initiator: the service worker
 * and extension pages (all their requests are the extension's; loading their own packaged files is
 * not network), and web pages, where a request is the extension's when a frame of its initiator's
 * stack is the extension's code (content scripts). Chromium's own background traffic belongs to no
 * page or worker of the extension and is not counted, whatever its URL.
 *
 * Site copies are self-contained, so a request from one to another origin is counted too.
 */
export class NetworkRecorder {
  readonly extensionRequests: ExtensionRequest[] = [];
  readonly seen: string[] = [];
  private readonly origin: string;

  constructor(
    private readonly context: BrowserContext,
    extensionId: string,
  ) {
    this.origin = `chrome-extension://${extensionId}`;
    context.on('request', (r) => this.onRequest(r));
  }

  private own(url: string): boolean {
    return url === this.origin || url.startsWith(`${this.origin}/`);
  }

  private onRequest(r: Request): void {
    const url = r.url();
    this.seen.push(url);
    if (r.serviceWorker()) {
      if (!this.own(url) && !isLocalScheme(url)) this.extensionRequests.push({ url, from: 'service worker', why: 'request from the service worker' });
      return;
    }
    let frameUrl = '';
    try {
      frameUrl = r.frame().url();
    } catch {
      return; // not tied to a page or worker of this context
    }
    if (this.own(frameUrl) && !this.own(url) && !isLocalScheme(url)) {
      this.extensionRequests.push({ url, from: `extension page ${frameUrl}`, why: 'request from an extension page' });
    }
  }

  /** Watches a web page's requests with their initiator stacks (content scripts run there). */
  async track(page: Page): Promise<CDPSession> {
    const cdp = await this.context.newCDPSession(page);
    const judge = (url: string, initiator: CdpInitiator) => {
      const initiators = [initiator.url ?? '', ...stackUrls(initiator.stack)];
      const pageUrl = page.url();
      if (initiators.some((u) => this.own(u))) {
        this.extensionRequests.push({ url, from: `content script on ${pageUrl}`, why: `initiated by ${initiators.find((u) => this.own(u))}` });
      } else if (!isLocalScheme(url) && !this.own(url) && /^https?:/.test(pageUrl) && new URL(url).origin !== new URL(pageUrl).origin) {
        this.extensionRequests.push({ url, from: `page ${pageUrl}`, why: 'a self-contained site copy reached another origin' });
      }
    };
    cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: CdpInitiator }) => judge(e.request.url, e.initiator));
    cdp.on('Network.webSocketCreated', (e: { url: string; initiator?: CdpInitiator }) => judge(e.url, e.initiator ?? { type: 'other' }));
    await cdp.send('Network.enable');
    return cdp;
  }
}

/** Console output and uncaught errors of every context: pages (with content scripts) and workers. */
export class ConsoleRecorder {
  readonly messages: string[] = [];
  readonly pageErrors: string[] = [];

  constructor(context: BrowserContext) {
    const onConsole = (where: string) => (m: ConsoleMessage) => this.messages.push(`${where} ${m.type()}: ${m.text()}`);
    const watchWorker = (w: Worker) => w.on('console', onConsole(`worker ${w.url()}`));
    context.serviceWorkers().forEach(watchWorker);
    context.on('serviceworker', watchWorker);
    const watchPage = (p: Page) => {
      p.on('console', onConsole(`page ${p.url()}`));
      p.on('pageerror', (e) => this.pageErrors.push(`${p.url()}: ${e.message}`));
    };
    context.pages().forEach(watchPage);
    context.on('page', watchPage);
  }

  /** Whether any recorded line contains `text`. */
  contains(text: string): boolean {
    return this.messages.some((m) => m.includes(text));
  }
}

/** Runs code in the isolated world of SafePost's content script on a page, as its own code would. */
export async function evaluateInContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('SafePost content script not found in page');
  // The sourceURL makes the code's stack frames carry the content script's URL, as the real one does.
  const result = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `${expression}\n//# sourceURL=chrome-extension://${extensionId}/content-scripts/content.js`,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  return (result as { result: { value?: unknown } }).result.value;
}
