// Scans the built extension for anything that could reach the network or run code that is not in
// the package: remote URLs in string literals, network APIs, eval and its relatives, HTML sinks, and
// inline or remote scripts in the extension's pages. Every hit must be on the allow-list below, with
// the reason it is inert; anything else fails the build check.
//
//   node scripts/scan-bundles.mjs [dir ...] [--json]     (default: both builds in .output/)
import { parse } from 'acorn';
import { simple } from 'acorn-walk';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_DIRS = ['.output/chrome-mv3', '.output/firefox-mv2'];

/** URLs that appear in the bundles but are never requested. */
const INERT_URLS = [
  {
    re: /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/)$/,
    reason: 'XML namespace name: DOM APIs take it as an identifier, nothing fetches it',
  },
  {
    // https://x.com/*, https://*.x.com/*, https://${host}/* … (templates are scanned with ${…} holes)
    re: /^(https?|\*):\/\/(\*|(\*\.)?([\w-]+\.)*[\w-]+|(\*\.)?\$\{…\})\/\*$/,
    reason: 'match pattern (permissions, content-script matches), not an address',
  },
  {
    re: /^https:\/\/react\.dev\/errors\/$/,
    reason: "React's minified error text links to its error decoder; shown in an error message, never requested",
  },
  {
    re: /^https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/API\/Element\/attachShadow#elements_you_can_attach_a_shadow_to$/,
    reason: '@webext-core/isolated-element names this documentation page in an error message; never requested',
  },
];

/** Network APIs that appear in dependencies' code, on paths SafePost never takes. */
const INERT_NETWORK_USES = [
  {
    api: 'fetch',
    context: /runtime\.getURL\(`\/content-scripts\/[\w-]+\.css`\)/,
    reason:
      "WXT's shadow-root UI reads the content script's own stylesheet from the extension package only with cssInjectionMode 'ui'; SafePost uses 'manual' (styles inlined), and the URL is the extension's own",
  },
  {
    api: 'fetch',
    context: /`url`in \w+\?await fetch\(\w+\.url\)/,
    reason: '@webext-core/isolated-element fetches CSS only when given css.url; SafePost passes css.textContent',
  },
];

/** HTML sinks inside React DOM itself. */
const INERT_HTML_SINKS = [
  {
    context: /__html/,
    reason: "React DOM's implementation of dangerouslySetInnerHTML, which SafePost never uses (ESLint forbids it)",
  },
  {
    context: /innerHTML=`<script><\\\/script>`/,
    reason: 'React DOM creates inert <script> elements this way (a constant string, no data)',
  },
];

const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection', 'importScripts']);
const NETWORK_MEMBERS = new Set(['fetch', 'sendBeacon', 'importScripts']);
const HTML_SINK_PROPS = new Set(['innerHTML', 'outerHTML']);
const HTML_SINK_CALLS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'write', 'writeln']);
const URL_RE = /\b(?:https?|wss?):\/\/[^\s"'`<>)\\]*/g;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

const around = (source, node, width = 90) => source.slice(Math.max(0, node.start - width), node.end + width);

function classifyUrl(url) {
  return INERT_URLS.find((rule) => rule.re.test(url))?.reason;
}

function scanScript(file, source, report) {
  let ast;
  try {
    ast = parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  } catch {
    ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  }
  const hit = (kind, what, node, reason) => report(file, kind, what, reason, around(source, node));
  const urlsIn = (text, node) => {
    for (const [url] of text.matchAll(URL_RE)) hit('remote-url', url, node, classifyUrl(url));
  };
  const isFunctionConstructor = (node) => node.type === 'Identifier' && node.name === 'Function';

  simple(ast, {
    Literal(node) {
      if (typeof node.value === 'string') urlsIn(node.value, node);
    },
    TemplateLiteral(node) {
      // Holes become ${…} so that patterns such as `https://${host}/*` can be recognised whole.
      urlsIn(node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('${…}'), node);
    },
    Identifier(node) {
      if (NETWORK_GLOBALS.has(node.name)) {
        const context = around(source, node);
        const rule = INERT_NETWORK_USES.find((r) => r.api === node.name && r.context.test(context));
        report(file, 'network-api', node.name, rule?.reason, context);
      }
    },
    MemberExpression(node) {
      const name = !node.computed && node.property.type === 'Identifier' ? node.property.name : undefined;
      if (name && NETWORK_MEMBERS.has(name)) {
        const context = around(source, node);
        const rule = INERT_NETWORK_USES.find((r) => r.api === name && r.context.test(context));
        report(file, 'network-api', name, rule?.reason, context);
      }
    },
    AssignmentExpression(node) {
      const target = node.left;
      if (target.type === 'MemberExpression' && !target.computed && HTML_SINK_PROPS.has(target.property.name)) {
        const context = around(source, node, 60);
        hit('html-sink', target.property.name, node, INERT_HTML_SINKS.find((r) => r.context.test(context))?.reason);
      }
    },
    CallExpression(node) {
      const callee = node.callee;
      if (callee.type === 'Identifier' && callee.name === 'eval') hit('dynamic-code', 'eval()', node);
      if (isFunctionConstructor(callee)) hit('dynamic-code', 'Function()', node);
      if (callee.type === 'Identifier' && ['setTimeout', 'setInterval'].includes(callee.name)) {
        const first = node.arguments[0];
        if (first && (first.type === 'Literal' || first.type === 'TemplateLiteral')) hit('dynamic-code', `${callee.name}(string)`, node);
      }
      if (callee.type === 'MemberExpression' && !callee.computed && HTML_SINK_CALLS.has(callee.property.name)) {
        const obj = callee.object;
        const isDocumentWrite = ['write', 'writeln'].includes(callee.property.name);
        if (!isDocumentWrite || (obj.type === 'Identifier' && obj.name === 'document')) hit('html-sink', `${callee.property.name}()`, node);
      }
    },
    NewExpression(node) {
      if (isFunctionConstructor(node.callee)) hit('dynamic-code', 'new Function()', node);
    },
    ImportExpression(node) {
      if (node.source.type !== 'Literal') hit('dynamic-code', 'import(expression)', node);
    },
  });
}

function scanHtml(file, source, report) {
  const at = (index) => source.slice(Math.max(0, index - 40), index + 120);
  for (const m of source.matchAll(/<script\b([^>]*)>/gi)) {
    if (!/\bsrc\s*=/.test(m[1])) report(file, 'inline-script', '<script> without src', undefined, at(m.index));
  }
  for (const m of source.matchAll(/\bon[a-z]+\s*=\s*["']/gi)) report(file, 'inline-script', 'inline event handler', undefined, at(m.index));
  for (const m of source.matchAll(/\b(?:src|href|action)\s*=\s*["']?((?:https?:|wss?:)?\/\/[^"'\s>]+)/gi)) {
    report(file, 'remote-url', m[1], undefined, at(m.index));
  }
}

function scanCss(file, source, report) {
  for (const m of source.matchAll(/(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/gi)) {
    report(file, 'remote-url', m[1], undefined, source.slice(Math.max(0, m.index - 40), m.index + 120));
  }
}

/** Scans the given build folders; `violations` must be empty for the build to pass. */
export function scanBundles(dirs = DEFAULT_DIRS) {
  const violations = [];
  const allowed = [];
  let files = 0;
  const report = (file, kind, what, reason, context) => {
    const entry = { file, kind, what, context: context.replace(/\s+/g, ' ').trim() };
    if (reason) allowed.push({ ...entry, reason });
    else violations.push(entry);
  };
  for (const dir of dirs) {
    for (const file of filesUnder(dir)) {
      const ext = path.extname(file);
      if (!['.js', '.mjs', '.html', '.css'].includes(ext)) continue;
      files++;
      const source = readFileSync(file, 'utf8');
      if (ext === '.html') scanHtml(file, source, report);
      else if (ext === '.css') scanCss(file, source, report);
      else scanScript(file, source, report);
    }
  }
  return { files, violations, allowed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirs = args.filter((a) => a !== '--json');
  const result = scanBundles(dirs.length ? dirs : DEFAULT_DIRS);
  if (json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const reasons = new Map();
    for (const a of result.allowed) reasons.set(`${a.kind} ${a.what}: ${a.reason}`, (reasons.get(`${a.kind} ${a.what}: ${a.reason}`) ?? 0) + 1);
    for (const [line, n] of reasons) console.log(`allowed ×${n} ${line}`);
    for (const v of result.violations) console.log(`VIOLATION ${v.kind} ${v.what} in ${v.file}\n    …${v.context}…`);
    console.log(`scan-bundles: ${result.files} files, ${result.violations.length} violations, ${result.allowed.length} allowed hits`);
  }
  process.exitCode = result.violations.length ? 1 : 0;
}
