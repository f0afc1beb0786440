import type { Page, Worker } from 'playwright-core';
import type { TrustBrowser } from './browser';
import { waitFor } from './poll';

/** The parts of the extension API the tests call inside the browser. */
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface ChromeApi {
  storage: { local: StorageArea; sync: StorageArea; session: StorageArea };
  runtime: { reload(): void; sendMessage(...args: unknown[]): Promise<unknown>; id?: string };
  management: { setEnabled(id: string, enabled: boolean): Promise<void>; get(id: string): Promise<{ enabled: boolean }> };
  developerPrivate: {
    updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
    reload(id: string, options: { failQuietly: boolean }): Promise<void>;
  };
}
/** `globalThis` inside the browser, where `chrome` exists (use as `(globalThis as InBrowser).chrome`). */
export type InBrowser = typeof globalThis & { chrome: ChromeApi };

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

export function extensionUrl(b: TrustBrowser, file: string): string {
  return `chrome-extension://${b.extensionId}/${file}`;
}

/** A service worker of the extension that answers now, waking it with a message if it sleeps. */
export async function liveServiceWorker(b: TrustBrowser): Promise<Worker> {
  for (const w of b.context.serviceWorkers().filter((w) => w.url().includes(b.extensionId)).reverse()) {
    try {
      await within(w.evaluate(() => 1), 2000);
      return w;
    } catch {
      // stopped or replaced: try the next one, then wake it
    }
  }
  const started = b.context.waitForEvent('serviceworker', { timeout: 15_000 });
  const page = await b.context.newPage();
  await page.goto(extensionUrl(b, 'options.html'));
  await page.evaluate(() => (globalThis as InBrowser).chrome.runtime.sendMessage({ type: 'ping' }).catch(() => undefined));
  const worker = await started;
  await page.close();
  return worker;
}

/**
 * Everything the extension has stored, as one JSON string: storage.local, .sync and .session as the
 * service worker sees them, and the IndexedDB databases, Cache Storage and Web Storage of its origin.
 */
export async function dumpExtensionData(b: TrustBrowser): Promise<{ json: string; areas: Record<string, unknown> }> {
  const worker = await liveServiceWorker(b);
  const storage = await worker.evaluate(async () => {
    const { storage } = (globalThis as InBrowser).chrome;
    return { local: await storage.local.get(null), sync: await storage.sync.get(null), session: await storage.session.get(null) };
  });
  const page = await b.context.newPage();
  await page.goto(extensionUrl(b, 'options.html'));
  const origin = await page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const all = (store: IDBObjectStore) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = store.getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const indexedDb: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await open(info.name);
      indexedDb[info.name] = {};
      for (const name of db.objectStoreNames) indexedDb[info.name]![name] = await all(db.transaction(name).objectStore(name));
      db.close();
    }
    const cacheStorage: Record<string, string[]> = {};
    for (const key of await caches.keys()) cacheStorage[key] = (await (await caches.open(key)).keys()).map((r) => r.url);
    return { indexedDb, cacheStorage, localStorage: { ...localStorage }, sessionStorage: { ...sessionStorage } };
  });
  await page.close();
  const areas = { ...storage, ...origin };
  return { json: JSON.stringify(areas), areas };
}

/**
 * Opens chrome://extensions with developer mode on. Chromium disables an unpacked extension that
 * reloads itself while developer mode is off ("unsupported developer extension"); store installs
 * are updated without that check, so this is the realistic setting for reload tests.
 */
export async function extensionsPage(b: TrustBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(() => (globalThis as InBrowser).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  return page;
}

/**
 * Reloads the extension as its Reload button on chrome://extensions does (the same path as an
 * update of an unpacked build), and waits until it is enabled again.
 */
export async function reloadExtension(b: TrustBrowser): Promise<void> {
  const page = await extensionsPage(b);
  await page.evaluate((id) => (globalThis as InBrowser).chrome.developerPrivate.reload(id, { failQuietly: true }), b.extensionId);
  await waitFor(
    () => page.evaluate((id) => (globalThis as InBrowser).chrome.management.get(id).then((e) => e.enabled), b.extensionId),
    (enabled) => enabled,
    'the reloaded extension to be enabled',
  );
  await page.close();
}

/** Stops every service worker (as the browser does when one idles) and waits until they are stopped. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const running = new Set<string>();
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; runningStatus: string }[] }) => {
    for (const v of e.versions) {
      if (v.runningStatus === 'stopped') running.delete(v.versionId);
      else running.add(v.versionId);
    }
    if (running.size === 0) resolveStopped();
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await within(stopped, 10_000);
  await cdp.send('ServiceWorker.disable');
  await cdp.detach();
}
