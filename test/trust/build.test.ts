// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_HOST_PATTERNS, SUPPORTED_MATCH_PATTERNS } from '../../lib/sites/hosts';
// @ts-expect-error -- plain ESM script without type declarations
import { DEFAULT_DIRS, scanBundles } from '../../scripts/scan-bundles.mjs';

interface ScanEntry {
  file: string;
  kind: string;
  what: string;
  context: string;
  reason?: string;
}
interface ScanResult {
  files: number;
  violations: ScanEntry[];
  allowed: ScanEntry[];
}
const scan = scanBundles as (dirs?: string[]) => ScanResult;

const CHROME = '.output/chrome-mv3';
const FIREFOX = '.output/firefox-mv2';

function manifest(dir: string): Record<string, unknown> & { content_scripts?: { matches: string[] }[] } {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build in ${dir}: run "npm run build:all" first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

const sorted = (list: unknown) => [...(list as string[])].sort();

describe('the built bundles can reach no network and run no code from outside', () => {
  it('has no remote URL, network API, eval, HTML sink or inline script outside the allow-list', () => {
    const result = scan(DEFAULT_DIRS as string[]);
    expect(result.files).toBeGreaterThan(5);
    expect(result.violations.map((v) => `${v.kind} ${v.what} in ${v.file}: …${v.context}…`)).toEqual([]);
    // Every allowed hit carries the reason it is inert.
    expect(result.allowed.every((a) => (a.reason ?? '').length > 20)).toBe(true);
  });

  it('the scanner flags each kind of violation (so a clean scan means something)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'safepost-scan-'));
    try {
      mkdirSync(path.join(dir, 'chunks'));
      writeFileSync(
        path.join(dir, 'chunks/bad.js'),
        [
          'fetch("https://collect.example.com/t");',
          'navigator.sendBeacon(`https://${host}/beacon`, data);',
          'new WebSocket("wss://socket.example.org");',
          'const x = new XMLHttpRequest();',
          'importScripts("https://cdn.example.net/lib.js");',
          'eval(code); new Function("a", body); setTimeout("alert(1)", 1);',
          'el.innerHTML = userText; document.write(s);',
          '/*! licence text https://licence.example.com is ignored */ const ok = 1;',
        ].join('\n'),
      );
      writeFileSync(path.join(dir, 'page.html'), '<script>inline()</script><img src="https://img.example.com/a.png" onload="x()">');
      writeFileSync(path.join(dir, 'style.css'), '@import "https://fonts.example.com/f.css"; a { background: url(//cdn.example.com/i.png) }');
      const kinds = scan([dir]).violations.map((v) => `${v.kind}:${v.what}`);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'network-api:fetch',
          'remote-url:https://collect.example.com/t',
          'network-api:sendBeacon',
          'remote-url:https://${…}/beacon',
          'network-api:WebSocket',
          'remote-url:wss://socket.example.org',
          'network-api:XMLHttpRequest',
          'network-api:importScripts',
          'dynamic-code:eval()',
          'dynamic-code:new Function()',
          'dynamic-code:setTimeout(string)',
          'html-sink:innerHTML',
          'html-sink:write()',
          'inline-script:<script> without src',
          'inline-script:inline event handler',
          'remote-url:https://img.example.com/a.png',
          'remote-url:https://fonts.example.com/f.css',
          'remote-url://cdn.example.com/i.png',
        ]),
      );
      expect(kinds.some((k) => k.includes('licence.example.com'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the manifests ask for the supported sites only', () => {
  it('Chromium: host_permissions are exactly the supported sites; others only as optional permissions', () => {
    const m = manifest(CHROME);
    expect(sorted(m.host_permissions)).toEqual(sorted(SUPPORTED_MATCH_PATTERNS));
    expect(sorted(m.optional_host_permissions)).toEqual(sorted(OPTIONAL_HOST_PATTERNS));
    expect(m.permissions).not.toContain('<all_urls>');
    expect((m.permissions as string[]).every((p) => !p.includes('://'))).toBe(true);
    for (const script of m.content_scripts ?? []) expect(SUPPORTED_MATCH_PATTERNS).toEqual(expect.arrayContaining(script.matches));
  });

  it('Firefox: host permissions are exactly the supported sites; others only as optional permissions', () => {
    const m = manifest(FIREFOX);
    const hosts = (m.permissions as string[]).filter((p) => p.includes('://'));
    expect(sorted(hosts)).toEqual(sorted(SUPPORTED_MATCH_PATTERNS));
    expect(sorted(m.optional_permissions)).toEqual(sorted(OPTIONAL_HOST_PATTERNS));
    for (const script of m.content_scripts ?? []) expect(SUPPORTED_MATCH_PATTERNS).toEqual(expect.arrayContaining(script.matches));
  });

  it('no web page may message the extension, and it exposes no files to pages', () => {
    for (const dir of [CHROME, FIREFOX]) {
      const m = manifest(dir);
      expect(m.externally_connectable).toBeUndefined();
      expect(m.web_accessible_resources).toBeUndefined();
    }
  });
});

/** The MV3 default CSP is "script-src 'self'; object-src 'self';" — a page policy may only be stricter. */
function isAtLeastDefaultCsp(csp: string | undefined): boolean {
  if (csp === undefined) return true;
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
  const safe = (values: string[] | undefined) => values !== undefined && values.every((v) => ["'self'", "'none'", "'wasm-unsafe-eval'"].includes(v));
  return safe(directives.get('script-src')) && safe(directives.get('object-src') ?? ["'self'"]);
}

describe('Content Security Policy', () => {
  it('extension pages keep the MV3 default CSP or a stricter one', () => {
    const csp = manifest(CHROME).content_security_policy as { extension_pages?: string; sandbox?: string } | undefined;
    expect(csp?.sandbox).toBeUndefined();
    expect(isAtLeastDefaultCsp(csp?.extension_pages)).toBe(true);
    expect(manifest(FIREFOX).content_security_policy).toBeUndefined();
  });

  it('the CSP check itself refuses weaker policies', () => {
    expect(isAtLeastDefaultCsp("script-src 'self'; object-src 'self'")).toBe(true);
    expect(isAtLeastDefaultCsp("script-src 'self' 'unsafe-eval'; object-src 'self'")).toBe(false);
    expect(isAtLeastDefaultCsp("script-src 'self' https://cdn.example.com")).toBe(false);
    expect(isAtLeastDefaultCsp("object-src 'self'")).toBe(false);
  });

  it('passes web-ext lint with no errors', () => {
    const res = spawnSync('node', ['scripts/webext-lint.mjs'], { encoding: 'utf8' });
    expect(res.stdout).toMatch(/web-ext lint: 0 errors/);
    expect(res.status).toBe(0);
  });
});
