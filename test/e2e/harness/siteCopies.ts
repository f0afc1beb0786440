import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const E2E_DIR = path.resolve(here, '..');
export const ROOT_DIR = path.resolve(E2E_DIR, '../..');
export const BUILD_DIR = path.join(E2E_DIR, '.build');

export interface SiteCopy {
  /** Folder under test/e2e/sites with index.html and main.tsx. */
  dir: string;
  /** Real host names served by this copy (mapped to 127.0.0.1 in Chromium). */
  hosts: string[];
  /** Extra files served at fixed paths, from node_modules. */
  assets?: Record<string, string>;
}

/** The local copies of the sites' compose pages, by the real host names they stand in for. */
export const SITE_COPIES: SiteCopy[] = [
  { dir: 'x', hosts: ['x.com', 'twitter.com'], assets: { '/draft.css': 'node_modules/draft-js/dist/Draft.css' } },
  { dir: 'mastodon', hosts: ['mastodon.social'] },
  { dir: 'facebook', hosts: ['facebook.com'] },
  { dir: 'instagram', hosts: ['instagram.com'] },
  { dir: 'threads', hosts: ['threads.com', 'threads.net'] },
  { dir: 'linkedin', hosts: ['linkedin.com'], assets: { '/quill.css': 'node_modules/quill/dist/quill.core.css' } },
  { dir: 'reddit', hosts: ['reddit.com'] },
  { dir: 'youtube', hosts: ['youtube.com'] },
  { dir: 'tiktok', hosts: ['tiktok.com'], assets: { '/draft.css': 'node_modules/draft-js/dist/Draft.css' } },
  { dir: 'bluesky', hosts: ['bsky.app'] },
  { dir: 'yelp', hosts: ['biz.yelp.com'] },
  { dir: 'google-business', hosts: ['business.google.com'] },
  // The page benchmark's busy feed, on a subdomain of x.com so the X adapter runs on it.
  { dir: 'bench', hosts: ['bench.x.com'] },
  { dir: 'demo', hosts: ['demo.safepost.test', '127.0.0.1', 'localhost'] },
];

export function siteCopyForHost(host: string): SiteCopy | undefined {
  const bare = host.replace(/:\d+$/, '').replace(/^www\./, '');
  return SITE_COPIES.find((s) => s.hosts.includes(bare));
}

/** Chromium flag that sends every copied site's host (and its subdomains) to the local server. */
export function hostResolverRules(): string {
  const hosts = SITE_COPIES.flatMap((s) => s.hosts).filter((h) => h.includes('.') && !/^\d/.test(h));
  return hosts.flatMap((h) => [`MAP ${h} 127.0.0.1`, `MAP *.${h} 127.0.0.1`]).join(', ');
}
