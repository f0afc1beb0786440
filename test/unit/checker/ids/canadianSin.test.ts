import { describe, expect, it } from 'vitest';
import { canadianSin } from '../../../../lib/checker/ids/canadianSin';
import { breakLastDigit, matchesOf, withLuhnDigit } from '../findIdentifiers';

describe('Canadian Social Insurance Number', () => {
  it('validates the Luhn check digit', () => {
    const sin = withLuhnDigit('13069254');
    expect(canadianSin.validate(sin)).toBe(true);
    expect(canadianSin.validate(breakLastDigit(sin))).toBe(false);
  });

  it('rejects first digits 0 and 8, never given to people', () => {
    expect(canadianSin.pattern.test(withLuhnDigit('04645428'))).toBe(false);
    expect(canadianSin.pattern.test(withLuhnDigit('84645428'))).toBe(false);
  });

  it('is found as 3-3-3 under the Canadian preset, bare only after SIN or NAS', () => {
    const sin = withLuhnDigit('13069254');
    const spaced = `${sin.slice(0, 3)} ${sin.slice(3, 6)} ${sin.slice(6)}`;
    expect(matchesOf('id.ca-sin', `SIN ${spaced}`, { jurisdiction: 'phipa-ca' })).toEqual([spaced]);
    expect(matchesOf('id.ca-sin', `ref ${sin}`, { jurisdiction: 'phipa-ca' })).toEqual([]);
    expect(matchesOf('id.ca-sin', `NAS : ${sin}`, { jurisdiction: 'phipa-ca', lang: 'fr' })).toEqual([sin]);
  });
});
