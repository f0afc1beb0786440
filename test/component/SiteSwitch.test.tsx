import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteSwitch } from '../../components/SiteSwitch';
import { t } from '../../lib/i18n';
import { DEFAULT_POLICY, type Policy } from '../../lib/policy/schema';
import { usePolicyStore } from '../../lib/policy/store';

afterEach(() => {
  cleanup();
  usePolicyStore.setState({ policy: DEFAULT_POLICY });
});

async function openOn(url: string, sites: Partial<Policy['sites']> = {}) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ url }] as never);
  usePolicyStore.setState({ policy: { ...DEFAULT_POLICY, sites: { ...DEFAULT_POLICY.sites, ...sites } } });
  render(<SiteSwitch lang="en" />);
  return screen.findByTestId('site-status');
}

describe('site switch', () => {
  it('says SafePost is on for a supported site', async () => {
    expect((await openOn('https://x.com/home')).textContent).toBe(t('en', 'popup_site_on', { site: 'X' }));
  });

  it('says when the organization turned a supported site off', async () => {
    const status = await openOn('https://www.reddit.com/r/nursing', { enabled: { reddit: false } });
    expect(status.textContent).toBe(t('en', 'popup_site_off_by_policy', { site: 'Reddit' }));
  });

  it('says it cannot run on browser pages', async () => {
    expect((await openOn('chrome://extensions')).textContent).toBe(t('en', 'popup_site_unavailable'));
  });

  it('enables another site with the optional host permission, asked for on click', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await openOn('https://forum.example.org/t/1');
    const toggle = screen.getByRole('switch', { name: t('en', 'popup_site_switch', { site: 'forum.example.org' }) });
    expect(toggle).toHaveProperty('checked', false);
    await userEvent.click(toggle);
    expect(request).toHaveBeenCalledWith({ origins: ['https://forum.example.org/*'] });
    expect(toggle).toHaveProperty('checked', true);
  });

  it('turns a user site off again', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
    await openOn('https://forum.example.org/t/1');
    const toggle = screen.getByRole('switch');
    expect(toggle).toHaveProperty('checked', true);
    await userEvent.click(toggle);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://forum.example.org/*'] });
    expect(toggle).toHaveProperty('checked', false);
  });

  it('offers no switch, and says why, when the organization does not allow user sites', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const status = await openOn('https://forum.example.org/t/1', { allowUserSites: false });
    expect(screen.queryByRole('switch')).toBeNull();
    expect(status.textContent).toContain(t('en', 'popup_site_off', { site: 'forum.example.org' }));
    expect(status.textContent).toContain(t('en', 'popup_site_managed'));
  });
});
