import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import selfsigned from 'selfsigned';
import { BUILD_DIR, ROOT_DIR, siteCopyForHost } from './siteCopies';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface SiteServer {
  server: Server;
  port: number;
  /** URL of a copied site's page, on its real host name. */
  url(host: string, pathAndQuery?: string): string;
  close(): Promise<void>;
}

/**
 * HTTPS server on 127.0.0.1 that answers for the real host names (Chromium maps them here), so
 * the extension's real match patterns are exercised. Every path serves the site's single page.
 */
export async function startSiteServer(port = 0): Promise<SiteServer> {
  // Chromium runs with --ignore-certificate-errors; the certificate only has to exist.
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'safepost-e2e' }], { keyType: 'ec' });
  const server = createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    const site = siteCopyForHost(req.headers.host ?? '');
    if (!site) {
      res.writeHead(404).end('unknown host');
      return;
    }
    const pathname = new URL(req.url ?? '/', 'https://x').pathname;
    const asset = site.assets?.[pathname];
    const file = asset
      ? path.join(ROOT_DIR, asset)
      : path.join(BUILD_DIR, site.dir, pathname === '/app.js' ? 'app.js' : 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(500).end(`missing ${path.relative(ROOT_DIR, file)}: run the site build`);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    url: (host, pathAndQuery = '/') => `https://${host}${actual === 443 ? '' : `:${actual}`}${pathAndQuery}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
