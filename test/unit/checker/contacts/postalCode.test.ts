import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../lib/checker/types';
import { findIdentifiers } from '../findIdentifiers';

const places = (text: string, lang: Lang = 'en') => findIdentifiers(text, { lang }).filter((f) => f.category === 'LOCATION').map((f) => f.text);

describe('postal codes', () => {
  it('finds UK and Canadian postcodes by their shape', () => {
    expect(places('lives near SW1A 1AA')).toEqual(['SW1A 1AA']);
    expect(places('Manchester M1 1AE')).toEqual(['M1 1AE']);
    expect(places('Ottawa, ON K1A 0B1')).toEqual(['K1A 0B1']);
  });

  it('finds a US ZIP after a state, and ZIP+4', () => {
    expect(places('Springfield, IL 62704')).toEqual(['62704']);
    expect(places('Boston, MA 02115-6110')).toEqual(['02115-6110']);
  });

  it.each<[Lang, string, string]>([
    ['fr', '12 rue de la Paix, 75002 Paris', '75002'],
    ['fr', 'BP 12 94010 Créteil Cedex', '94010'],
    ['es', 'C/ Mayor 5, 28013 Madrid', '28013'],
    ['es', 'CP: 28016.', '28016'],
    ['it', 'Via Roma 10, 00184 Roma', '00184'],
    ['tr', 'Atatürk Cad. No: 5, 34000 İstanbul', '34000'],
  ])('finds a five-digit code in a %s address', (lang, text, code) => {
    expect(places(text, lang)).toEqual([code]);
  });

  it('does not take any five-digit number for a postal code', () => {
    expect(places('12345 people attended')).toEqual([]);
    expect(places('we raised 25000 dollars', 'en')).toEqual([]);
  });
});
