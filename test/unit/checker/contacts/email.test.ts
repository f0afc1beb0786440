import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../findIdentifiers';

const emails = (text: string) => findIdentifiers(text).filter((f) => f.category === 'EMAIL').map((f) => f.text);

describe('email addresses', () => {
  it('finds addresses with dots, plus signs and letters of any script', () => {
    expect(emails('write to jane.doe+clinic@example.co.uk.')).toEqual(['jane.doe+clinic@example.co.uk']);
    expect(emails('E-mail: pedro.martinez.garcía@juntadeandalucia.es')).toEqual(['pedro.martinez.garcía@juntadeandalucia.es']);
    expect(emails('(m.laghouag@aphp.fr)')).toEqual(['m.laghouag@aphp.fr']);
  });

  it('finds an address spaced out to slip past filters, when it ends in a common top-level domain', () => {
    expect(emails('write to jane.doe @ example . com please')).toEqual(['jane.doe @ example . com']);
    expect(emails('mail: jdoe @ clinic.fr')).toEqual(['jdoe @ clinic.fr']);
    expect(emails('see you @ noon . Then we talk')).toEqual([]);
  });

  it('needs a domain with a top-level domain', () => {
    expect(emails('meet @ noon')).toEqual([]);
    expect(emails('user@localhost')).toEqual([]);
    expect(emails('a@b.c')).toEqual([]);
  });

  it('leaves a Mastodon handle to the handle detector', () => {
    expect(findIdentifiers('follow @jdoe@mastodon.social').map((f) => [f.category, f.text])).toEqual([['HANDLE', '@jdoe@mastodon.social']]);
  });
});
