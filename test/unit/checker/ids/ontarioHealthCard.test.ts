import { describe, expect, it } from 'vitest';
import { ontarioHealthCard } from '../../../../lib/checker/ids/ontarioHealthCard';
import { breakLastDigit, matchesOf, withLuhnDigit } from '../findIdentifiers';

const card = withLuhnDigit('123456789');
const printed = `${card.slice(0, 4)}-${card.slice(4, 7)}-${card.slice(7)}`;

describe('Ontario health card (OHIP)', () => {
  it('validates the Luhn check digit, with or without the version code', () => {
    expect(ontarioHealthCard.validate(card)).toBe(true);
    expect(ontarioHealthCard.validate(`${card}AB`)).toBe(true);
    expect(ontarioHealthCard.validate(breakLastDigit(card))).toBe(false);
  });

  it('is found printed 4-3-3 with its version code under the Canadian preset', () => {
    expect(matchesOf('id.ca-on-health', `card ${printed}-AB`, { jurisdiction: 'phipa-ca' })).toEqual([`${printed}-AB`]);
    expect(matchesOf('id.ca-on-health', `card ${printed}`, { jurisdiction: 'phipa-ca' })).toEqual([printed]);
  });

  it('needs "OHIP" or "health card" before ten bare digits', () => {
    expect(matchesOf('id.ca-on-health', `ref ${card}`, { jurisdiction: 'phipa-ca' })).toEqual([]);
    expect(matchesOf('id.ca-on-health', `OHIP # ${card}`, { jurisdiction: 'phipa-ca' })).toEqual([card]);
  });
});
