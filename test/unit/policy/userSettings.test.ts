import { browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import {
  loadUserSettings,
  migrateSettings,
  MIGRATIONS,
  saveUserSettings,
  SETTINGS_VERSION,
  SettingsError,
  USER_SETTINGS_KEY,
  type Migrations,
  updateUserSetting,
  withSetting,
} from '../../../lib/policy/userSettings';

const FULL_V1 = {
  enforcement: 'confirm',
  jurisdiction: 'uk',
  detectors: { PHONE: { enabled: false } },
  customPatterns: [{ name: 'MRN', pattern: 'MRN\\d{6}', severity: 'block' }],
  allowedTerms: ['#NursesWeek'],
  organization: { name: 'Mercy', phone: '555-201-4477' },
  replyTemplates: { fr: 'Bonjour {handle}, écrivez-nous à {secureLink}.' },
  sites: { enabled: { tiktok: false }, allowUserSites: false },
  uiLanguage: 'it',
};

describe('stored settings versions', () => {
  it('has a step for every version after the first', () => {
    for (let version = 2; version <= SETTINGS_VERSION; version++) expect(MIGRATIONS[version], `migration to v${version}`).toBeTypeOf('function');
  });

  it('v1 (current): every setting is kept as stored', () => {
    expect(migrateSettings({ version: 1, settings: FULL_V1 })).toEqual({ kind: 'current', settings: FULL_V1 });
  });

  it('runs each step in order from the stored version and keeps what the steps do not touch', () => {
    const steps: Migrations = {
      2: (s) => ({ ...s, renamed: s.old, old: undefined }),
      3: (s) => ({ ...s, third: true }),
    };
    expect(migrateSettings({ version: 1, settings: { old: 'x', keep: 1 } }, steps, 3)).toEqual({
      kind: 'migrated',
      from: 1,
      settings: { renamed: 'x', old: undefined, keep: 1, third: true },
    });
    expect(migrateSettings({ version: 2, settings: { renamed: 'x' } }, steps, 3)).toEqual({ kind: 'migrated', from: 2, settings: { renamed: 'x', third: true } });
  });

  it('refuses to downgrade settings written by a newer version (another synced device)', () => {
    expect(migrateSettings({ version: SETTINGS_VERSION + 1, settings: {} })).toMatchObject({
      kind: 'unusable',
      problem: { source: 'user', reason: { key: 'policy_error_settings_newer', values: { version: SETTINGS_VERSION + 1 } } },
    });
  });

  it.each([[null], ['x'], [{ settings: {} }], [{ version: 0, settings: {} }], [{ version: 1.5, settings: {} }], [{ version: 1, settings: [] }]])(
    'calls %j unreadable',
    (stored) => {
      expect(migrateSettings(stored)).toMatchObject({ kind: 'unusable', problem: { reason: { key: 'policy_error_settings_unreadable' } } });
    },
  );

  it('has nothing to migrate when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual({ kind: 'empty' });
  });
});

describe('user settings in storage.sync', () => {
  it('saves with the current version and loads back', async () => {
    await saveUserSettings({ enforcement: 'block' });
    expect((await browser.storage.sync.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, settings: { enforcement: 'block' } });
    expect(await loadUserSettings()).toEqual({ raw: { enforcement: 'block' } });
  });

  it('refuses invalid settings without writing anything', async () => {
    await saveUserSettings({ enforcement: 'block' });
    await expect(saveUserSettings({ enforcement: 'off' } as never)).rejects.toBeInstanceOf(SettingsError);
    expect(await loadUserSettings()).toEqual({ raw: { enforcement: 'block' } });
  });

  it('refuses settings too large for one sync item, naming the size', async () => {
    const allowedTerms = Array.from({ length: 600 }, (_, i) => `term number ${i}`);
    const err = await saveUserSettings({ allowedTerms }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SettingsError);
    expect((err as SettingsError).problems[0]!.reason.key).toBe('policy_error_too_large');
    expect(await loadUserSettings()).toEqual({ raw: undefined });
  });

  it('leaves settings from a newer version untouched in storage', async () => {
    const newer = { version: SETTINGS_VERSION + 1, settings: { future: true } };
    await browser.storage.sync.set({ [USER_SETTINGS_KEY]: newer });
    const loaded = await loadUserSettings();
    expect(loaded.problem?.reason.key).toBe('policy_error_settings_newer');
    expect((await browser.storage.sync.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY]).toEqual(newer);
  });
});

describe('editing one setting', () => {
  it('sets nested settings without touching the others, and removes with undefined', () => {
    const layer = { organization: { name: 'Mercy' }, enforcement: 'block' as const };
    expect(withSetting(layer, 'organization.phone', '1')).toEqual({ organization: { name: 'Mercy', phone: '1' }, enforcement: 'block' });
    expect(withSetting(layer, 'detectors.PHONE.enabled', false)).toEqual({ ...layer, detectors: { PHONE: { enabled: false } } });
    expect(withSetting(layer, 'enforcement', undefined)).toEqual({ organization: { name: 'Mercy' } });
    expect(layer).toEqual({ organization: { name: 'Mercy' }, enforcement: 'block' });
  });

  it('writes through to storage, validated', async () => {
    await updateUserSetting('sites.enabled.x', false);
    await updateUserSetting('uiLanguage', 'tr');
    expect(await loadUserSettings()).toEqual({ raw: { sites: { enabled: { x: false } }, uiLanguage: 'tr' } });
    await expect(updateUserSetting('uiLanguage', 'xx')).rejects.toBeInstanceOf(SettingsError);
  });

  it('will not overwrite settings stored by a newer version', async () => {
    const newer = { version: SETTINGS_VERSION + 1, settings: { future: true } };
    await browser.storage.sync.set({ [USER_SETTINGS_KEY]: newer });
    await expect(updateUserSetting('uiLanguage', 'tr')).rejects.toBeInstanceOf(SettingsError);
    expect((await browser.storage.sync.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY]).toEqual(newer);
  });
});
