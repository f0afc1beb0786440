import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { siteForHost, SUPPORTED_SITES } from '../lib/sites/hosts';
import { userSitePattern } from '../lib/userSites';

type Status =
  | { kind: 'loading' }
  | { kind: 'supported'; name: string }
  | { kind: 'user'; host: string; pattern: string; enabled: boolean }
  | { kind: 'unavailable' };

async function statusOf(url: string | undefined): Promise<Status> {
  if (!url) return { kind: 'unavailable' };
  const host = new URL(url).hostname;
  const site = siteForHost(host);
  if (site) return { kind: 'supported', name: SUPPORTED_SITES.find((s) => s.id === site)!.name };
  const pattern = userSitePattern(url);
  if (!pattern) return { kind: 'unavailable' };
  return { kind: 'user', host, pattern, enabled: await browser.permissions.contains({ origins: [pattern] }) };
}

/** The current tab's site: supported, enabled by the user, or one click from being enabled. */
export function SiteSwitch() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => statusOf(tab?.url).then(setStatus));
  }, []);

  if (status.kind === 'loading') return null;
  if (status.kind === 'supported') return <p data-testid="site-status">SafePost is on for {status.name}.</p>;
  if (status.kind === 'unavailable') return <p data-testid="site-status">SafePost cannot run on this page.</p>;
  const toggle = async () => {
    // Must run in the click's user gesture: browsers only show the permission prompt then.
    const granted = status.enabled
      ? !(await browser.permissions.remove({ origins: [status.pattern] }))
      : await browser.permissions.request({ origins: [status.pattern] });
    setStatus({ ...status, enabled: granted });
  };
  return (
    <p data-testid="site-status">
      {status.enabled ? `SafePost is on for ${status.host}.` : `SafePost is off for ${status.host}.`}{' '}
      <button type="button" data-testid="site-toggle" onClick={() => void toggle()}>
        {status.enabled ? 'Turn off on this site' : 'Enable on this site'}
      </button>
    </p>
  );
}
