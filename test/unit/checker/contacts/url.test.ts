import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../findIdentifiers';

const links = (text: string) => findIdentifiers(text).map((f) => [f.category, f.ruleId, f.text, f.strength]);

describe('links and handles', () => {
  it.each([
    'https://x.com/jdoe',
    'https://twitter.com/jdoe/status/1234567890',
    'https://www.instagram.com/jane.doe/',
    'https://www.linkedin.com/in/jane-doe-123',
    'https://www.tiktok.com/@janedoe',
    'https://www.youtube.com/@janedoe',
    'https://www.reddit.com/user/janedoe',
    'https://bsky.app/profile/jane.bsky.social',
    'https://mastodon.social/@jdoe',
    'https://www.facebook.com/jane.doe.1234',
  ])('a profile link is strong: %s', (url) => {
    expect(links(`see ${url} now`)).toEqual([['URL', 'url.profile', url, 'strong']]);
  });

  it('an organisation homepage or an article is weak', () => {
    expect(links('visit https://www.example-hospital.org.')).toEqual([['URL', 'url', 'https://www.example-hospital.org', 'weak']]);
    expect(links('read www.bbc.co.uk/news/health-123')).toEqual([['URL', 'url', 'www.bbc.co.uk/news/health-123', 'weak']]);
    expect(links('https://x.com/search?q=flu')).toEqual([['URL', 'url', 'https://x.com/search?q=flu', 'weak']]);
  });

  it('finds @handles, not the @ of an email or of a time', () => {
    expect(links('thanks @jane_doe! and (@dr.smith)')).toEqual([
      ['HANDLE', 'handle', '@jane_doe', 'strong'],
      ['HANDLE', 'handle', '@dr.smith', 'strong'],
    ]);
    expect(links('meet @ 5pm').length).toBe(0);
  });
});
