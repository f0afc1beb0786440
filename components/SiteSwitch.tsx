import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Lang } from '../lib/checker/types';
import { t } from '../lib/i18n';
import { usePolicyStore } from '../lib/policy/store';
import { siteForHost, SUPPORTED_SITES, type SiteId } from '../lib/sites/hosts';
import { userSitePattern } from '../lib/userSites';

type Status =
  | { kind: 'loading' }
  | { kind: 'supported'; id: SiteId; name: string }
  | { kind: 'user'; host: string; pattern: string; enabled: boolean }
  | { kind: 'unavailable' };

async function statusOf(url: string | undefined): Promise<Status> {
  if (!url) return { kind: 'unavailable' };
  const host = new URL(url).hostname;
  const site = SUPPORTED_SITES.find((s) => s.id === siteForHost(host));
  if (site) return { kind: 'supported', id: site.id, name: site.name };
  const pattern = userSitePattern(url);
  if (!pattern) return { kind: 'unavailable' };
  return { kind: 'user', host, pattern, enabled: await browser.permissions.contains({ origins: [pattern] }) };
}

/**
 * The current tab's site: supported (or turned off by the organisation), enabled by the user, or one
 * click from being enabled — unless the organisation decides the sites, then it says so instead.
 */
export function SiteSwitch({ lang }: { lang: Lang }) {
  const sites = usePolicyStore((s) => s.policy.sites);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => statusOf(tab?.url).then(setStatus));
  }, []);

  if (status.kind === 'loading') return null;
  if (status.kind === 'unavailable') return <p data-testid="site-status">{t(lang, 'popup_site_unavailable')}</p>;
  if (status.kind === 'supported') {
    const off = sites.enabled[status.id] === false;
    return <p data-testid="site-status">{t(lang, off ? 'popup_site_off_by_policy' : 'popup_site_on', { site: status.name })}</p>;
  }
  if (!sites.allowUserSites) {
    return (
      <p data-testid="site-status">
        {t(lang, status.enabled ? 'popup_site_on' : 'popup_site_off', { site: status.host })}{' '}
        <span data-testid="site-locked">{t(lang, 'popup_site_managed')}</span>
      </p>
    );
  }
  const toggle = async () => {
    // Must run in the click's user gesture: browsers only show the permission prompt then.
    const granted = status.enabled
      ? !(await browser.permissions.remove({ origins: [status.pattern] }))
      : await browser.permissions.request({ origins: [status.pattern] });
    setStatus({ ...status, enabled: granted });
  };
  return (
    <p data-testid="site-status">
      <label className="switch">
        <input type="checkbox" role="switch" data-testid="site-toggle" checked={status.enabled} onChange={() => void toggle()} />{' '}
        {t(lang, 'popup_site_switch', { site: status.host })}
      </label>
    </p>
  );
}
