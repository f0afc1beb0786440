import { browser } from 'wxt/browser';
import type { PolicyLayer } from './schema';
import { parsePolicyLayer, type PolicyProblem } from './validate';

/**
 * The user's own settings live in storage.sync under one key, as `{ version, settings }`. The
 * version sits inside the value (not in a separate key) so that a synced value and its version can
 * never arrive apart on another device.
 */
export const USER_SETTINGS_KEY = 'settings';
/** Where the stored settings are copied before a migration rewrites them. */
export const SETTINGS_BACKUP_KEY = 'settingsBackup';
export const SETTINGS_VERSION = 1;
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM, counted on the key plus its JSON value. */
export const SYNC_ITEM_QUOTA = 8192;

type Plain = Record<string, unknown>;

/**
 * Steps between stored versions: MIGRATIONS[n] turns version n-1 settings into version n. Each is
 * pure, keeps every setting it does not reshape, and has its own test. Version 1 is the first
 * stored format, so there is no step yet; add one here with each change of the stored shape.
 */
export type Migrations = Readonly<Record<number, (settings: Plain) => Plain>>;
export const MIGRATIONS: Migrations = {};

export type Migrated =
  | { kind: 'empty' }
  | { kind: 'current'; settings: Plain }
  | { kind: 'migrated'; settings: Plain; from: number }
  /** Stored by a newer SafePost (another synced device) or unreadable: used as is, never overwritten. */
  | { kind: 'unusable'; problem: PolicyProblem };

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Brings stored settings up to `target`, one version at a time. Pure. */
export function migrateSettings(stored: unknown, migrations: Migrations = MIGRATIONS, target = SETTINGS_VERSION): Migrated {
  if (stored === undefined) return { kind: 'empty' };
  const version = isPlain(stored) ? stored.version : undefined;
  if (!isPlain(stored) || !Number.isInteger(version) || (version as number) < 1 || !isPlain(stored.settings)) {
    return { kind: 'unusable', problem: { source: 'user', path: '', reason: { key: 'policy_error_settings_unreadable' } } };
  }
  const from = version as number;
  if (from > target) {
    return { kind: 'unusable', problem: { source: 'user', path: '', reason: { key: 'policy_error_settings_newer', values: { version: from } } } };
  }
  let settings = stored.settings;
  for (let next = from + 1; next <= target; next++) {
    const step = migrations[next];
    if (!step) throw new Error(`No settings migration to version ${next}`);
    settings = step(structuredClone(settings));
  }
  return from === target ? { kind: 'current', settings } : { kind: 'migrated', settings, from };
}

export interface LoadedSettings {
  /** The settings to validate as the user layer; undefined when there are none. */
  raw: unknown;
  /** Set when the stored settings cannot be used by this version. */
  problem?: PolicyProblem;
}

/**
 * Reads the user's settings, migrating them (after a backup of the old value in storage.local)
 * when they were stored by an older version.
 */
export async function loadUserSettings(): Promise<LoadedSettings> {
  const stored = (await browser.storage.sync.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY];
  const migrated = migrateSettings(stored);
  switch (migrated.kind) {
    case 'empty':
      return { raw: undefined };
    case 'unusable':
      return { raw: undefined, problem: migrated.problem };
    case 'migrated':
      await browser.storage.local.set({ [`${SETTINGS_BACKUP_KEY}.v${migrated.from}`]: stored });
      await browser.storage.sync.set({ [USER_SETTINGS_KEY]: { version: SETTINGS_VERSION, settings: migrated.settings } });
      return { raw: migrated.settings };
    case 'current':
      return { raw: migrated.settings };
  }
}

export class SettingsError extends Error {
  constructor(readonly problems: PolicyProblem[]) {
    super(problems.map((p) => `${p.path || '(policy)'}: ${p.reason.key}`).join('; '));
  }
}

/** Validates and stores the user's settings; throws SettingsError (nothing written) when they are refused. */
export async function saveUserSettings(settings: PolicyLayer): Promise<void> {
  const parsed = parsePolicyLayer(settings, 'user');
  if (!parsed.ok) throw new SettingsError(parsed.problems);
  const item = { version: SETTINGS_VERSION, settings: parsed.value };
  const bytes = new TextEncoder().encode(USER_SETTINGS_KEY + JSON.stringify(item)).length;
  if (bytes > SYNC_ITEM_QUOTA) {
    throw new SettingsError([{ source: 'user', path: '', reason: { key: 'policy_error_too_large', values: { bytes, max: SYNC_ITEM_QUOTA } } }]);
  }
  await browser.storage.sync.set({ [USER_SETTINGS_KEY]: item });
}

/** A copy of `layer` with the setting at `path` (e.g. "detectors.PHONE.enabled") set to value, or removed when undefined. */
export function withSetting(layer: PolicyLayer, path: string, value: unknown): PolicyLayer {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  const current = layer as Plain;
  const next: Plain = { ...current };
  if (rest.length === 0) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  } else {
    next[key] = withSetting((isPlain(current[key]) ? current[key] : {}) as PolicyLayer, rest.join('.'), value);
  }
  return next as PolicyLayer;
}

let updates: Promise<unknown> = Promise.resolve();

/**
 * Changes one of the user's settings. Changes apply one after another, so two quick ones cannot
 * overwrite each other. Refuses (SettingsError) rather than overwrite stored settings this version
 * cannot read, so that nothing written by a newer version is lost.
 */
export function updateUserSetting(path: string, value: unknown): Promise<void> {
  const update = updates.then(async () => {
    const loaded = await loadUserSettings();
    if (loaded.problem) throw new SettingsError([loaded.problem]);
    await saveUserSettings(withSetting((loaded.raw ?? {}) as PolicyLayer, path, value));
  });
  updates = update.catch(() => undefined);
  return update;
}
