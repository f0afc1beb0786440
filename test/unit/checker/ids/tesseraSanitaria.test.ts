import { describe, expect, it } from 'vitest';
import { tesseraSanitaria } from '../../../../lib/checker/ids/tesseraSanitaria';
import { breakLastDigit, matchesOf, withLuhnDigit } from '../findIdentifiers';

describe('Italian tessera sanitaria number', () => {
  const card = withLuhnDigit('8038000300001234567');

  it('needs the 80380 prefix and the Luhn check digit', () => {
    expect(tesseraSanitaria.pattern.test(card) && tesseraSanitaria.validate(card)).toBe(true);
    expect(tesseraSanitaria.validate(breakLastDigit(card))).toBe(false);
    expect(tesseraSanitaria.pattern.test(withLuhnDigit('8039000300001234567'))).toBe(false);
  });

  it('is found in an Italian post', () => {
    expect(matchesOf('id.it-tessera-sanitaria', `tessera n. ${card}`, { lang: 'it' })).toEqual([card]);
  });
});
