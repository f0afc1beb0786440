import { describe, expect, it } from 'vitest';
import { spanishNaf } from '../../../../lib/checker/ids/spanishNaf';
import { matchesOf } from '../findIdentifiers';

/** Control digits: (province and number) mod 97, a number below 10,000,000 added to province × 10,000,000. */
function nafFrom(province: string, number: string): string {
  const n = Number(number);
  const base = n < 10_000_000 ? n + Number(province) * 10_000_000 : Number(province + number);
  return province + number + String(base % 97).padStart(2, '0');
}

describe('Spanish Social Security affiliation number (NAF)', () => {
  it('validates the control digits, both for long and short numbers', () => {
    expect(spanishNaf.validate('281234567840')).toBe(true);
    expect(spanishNaf.validate(nafFrom('08', '01234567'))).toBe(true);
    expect(spanishNaf.validate(nafFrom('46', '98765432'))).toBe(true);
    expect(spanishNaf.validate('281234567841')).toBe(false);
  });

  it('is found written with slashes or spaces', () => {
    expect(matchesOf('id.es-naf', 'NAF 28/12345678/40', { lang: 'es' })).toEqual(['28/12345678/40']);
    expect(matchesOf('id.es-naf', 'afiliación 28 12345678 40', { lang: 'es' })).toEqual(['28 12345678 40']);
  });
});
