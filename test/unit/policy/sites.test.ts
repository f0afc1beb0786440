import { describe, expect, it } from 'vitest';
import { effectivePolicy } from '../../../lib/policy/merge';
import { siteAllowed } from '../../../lib/policy/sites';

describe('sites under the policy', () => {
  const policy = (managed: Parameters<typeof effectivePolicy>[0]['managed']) => effectivePolicy({ managed, user: {} }).policy;

  it('watches every supported site unless the policy turns it off', () => {
    const p = policy({ sites: { enabled: { mastodon: false, x: true } } });
    expect(siteAllowed(p, 'x')).toBe(true);
    expect(siteAllowed(p, 'reddit')).toBe(true);
    expect(siteAllowed(p, 'mastodon')).toBe(false);
  });

  it('watches sites the user added only while user sites are allowed', () => {
    expect(siteAllowed(policy({}), 'generic')).toBe(true);
    expect(siteAllowed(policy({ sites: { allowUserSites: false } }), 'generic')).toBe(false);
  });
});
