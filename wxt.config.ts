import { defineConfig } from 'wxt';
import { OPTIONAL_HOST_PATTERNS, SUPPORTED_MATCH_PATTERNS } from './lib/sites/hosts';

/**
 * Public half of the development signing key (see README, "Extension id"). It pins the extension id
 * to hdjkogokjebofldiombhhopahnpgdhkg wherever the unpacked build is loaded, so admin policies
 * (`3rdparty.extensions.<id>`) and tests can name it.
 */
const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlbVjwlx/hs72xZBNZIt6aG6qQ1ubPjgm4J1bi4wuZ9J/wTS6ey7iBv2Rrqow5GiPZcGlYS7+8hA65Sgn0FBBnVYx/ixJuU2p+wg/oGFBwpgFvFKWYZetogQOsOPsxvzEsG+cGdxizjP3/Mk8hBO7HVNVpZX3NclSzbxSf7vQTJ4K3/pwiG16SRj5E/b58teQPIxS4pJ2TKL/nRJzIwdHq7ZsZQV5WoHvjsIKSvcjpZnYQs3VNBG7nVPtEbQKU7oMPlBguHrYTOuCM4OCDdDjIJONpA9n5Bwr2dYK3SM/c1+sU+l2i7tEpGfS42EHcHCKE21+cdfPUrfEPENO5tqOMwIDAQAB';

export const GECKO_ID = 'safepost@safepost.app';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // Extension pages load their chunks natively; Vite's modulepreload polyfill would only add a
  // fetch() to the bundles (scripts/scan-bundles.mjs allows none that could reach the network).
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  zip: {
    excludeSources: ['.output/**', 'node_modules/**', 'test/e2e/.build/**', 'coverage/**', 'dist/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: SUPPORTED_MATCH_PATTERNS,
    // Other sites only when the user enables them from the popup (and policy allows it); the
    // loopback entries let the local demo page be enabled the same way.
    optional_host_permissions: OPTIONAL_HOST_PATTERNS,
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions: optional hosts are optional permissions there.
          optional_permissions: OPTIONAL_HOST_PATTERNS,
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          key: PUBLIC_KEY,
          storage: { managed_schema: 'managed_schema.json' },
        }),
    action: { default_title: '__MSG_extName__' },
  }),
});
