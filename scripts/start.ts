// `npm start`: builds SafePost, serves local copies of the social sites' compose pages and a demo
// page, and opens Chromium with the extension loaded. Without a display it prints where the build
// is, how to load it, and where the demo page is, and keeps the pages served until Ctrl+C.
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSiteCopies } from '../test/e2e/harness/buildSites';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../test/e2e/harness/chromium';
import { BUILD_DIR, SITE_COPIES } from '../test/e2e/harness/siteCopies';
import { startSiteServer } from '../test/e2e/harness/server';
import { existsSync } from 'node:fs';

execSync('npx wxt build', { stdio: 'inherit' });
await buildSiteCopies();
const sites = await startSiteServer(Number(process.env.SAFEPOST_HTTPS_PORT ?? 0));

// The demo page over plain HTTP on loopback, for a browser you load the build into yourself.
const demo = createServer(async (req, res) => {
  const file = req.url?.startsWith('/app.js') ? 'app.js' : 'index.html';
  res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
  res.end(await readFile(path.join(BUILD_DIR, 'demo', file)));
});
await new Promise<void>((resolve) => demo.listen(Number(process.env.SAFEPOST_DEMO_PORT ?? 8790), '127.0.0.1', resolve));
const demoUrl = `http://127.0.0.1:${(demo.address() as AddressInfo).port}/`;

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && existsSync(CHROMIUM);
console.log(`
SafePost is built (unpacked, Chrome MV3): ${EXTENSION_DIR}
  Load it in Chrome/Edge/Chromium: chrome://extensions → Developer mode → Load unpacked → choose that folder.
  Firefox build: run "npm run build:firefox", then about:debugging → This Firefox → Load Temporary Add-on →
  .output/firefox-mv2/manifest.json.
Demo compose page: ${demoUrl}
  Open it, click the SafePost toolbar button → "Enable on this site", then type a post.
Local copies of every supported site's compose page (for a Chromium started by this script):
${SITE_COPIES.filter((c) => !['demo', 'bench'].includes(c.dir))
  .map((c) => `  ${sites.url(c.hosts[0]!, '/')}`)
  .join('\n')}
`);

if (hasDisplay) {
  const browser = await launchWithExtension({ headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(sites.url('x.com', '/home'));
  await (await browser.context.newPage()).goto(sites.url('mastodon.social', '/home'));
  console.log('Chromium is open with SafePost on the local X and Mastodon copies. Close it or press Ctrl+C to stop.');
  browser.context.on('close', () => process.exit(0));
} else {
  console.log('No display found, so no browser was opened. Press Ctrl+C to stop serving the pages.');
}
