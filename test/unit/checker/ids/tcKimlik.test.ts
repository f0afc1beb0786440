import { describe, expect, it } from 'vitest';
import { tcKimlik } from '../../../../lib/checker/ids/tcKimlik';
import { matchesOf } from '../findIdentifiers';

/** Tenth digit: (7 × odd sum − even sum) mod 10 over the first nine; eleventh: sum of the first ten mod 10. */
function kimlikFrom(nine: string): string {
  const d = [...nine].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((7 * odd - even) % 10) + 10) % 10;
  return nine + tenth + ((odd + even + tenth) % 10);
}

describe('T.C. Kimlik No', () => {
  it('validates both check digits', () => {
    expect(tcKimlik.validate('10000000146')).toBe(true);
    for (const nine of ['123456789', '987654321', '555555555']) expect(tcKimlik.validate(kimlikFrom(nine))).toBe(true);
    expect(tcKimlik.validate('10000000147')).toBe(false);
    expect(tcKimlik.validate('10000000156')).toBe(false);
  });

  it('never starts with 0', () => {
    expect(tcKimlik.pattern.test(kimlikFrom('012345678'))).toBe(false);
  });

  it('is found in a Turkish post, and with the Turkish preset in any language', () => {
    expect(matchesOf('id.tr-tc-kimlik', 'T.C. Kimlik No: 10000000146', { lang: 'tr' })).toEqual(['10000000146']);
    expect(matchesOf('id.tr-tc-kimlik', 'ID 10000000146', { lang: 'en', jurisdiction: 'kvkk-tr' })).toEqual(['10000000146']);
  });

  it('is not read inside a Turkish phone number with its country code', () => {
    expect(matchesOf('id.tr-tc-kimlik', 'Tel: +90 532 123 45 67', { lang: 'tr' })).toEqual([]);
  });
});
