import { describe, expect, it } from 'vitest';
import { iban } from '../../../../lib/checker/ids/iban';
import { matchesOf } from '../findIdentifiers';

describe('IBAN', () => {
  it.each([
    'GB82WEST12345698765432',
    'FR1420041010050500013M02606',
    'DE89370400440532013000',
    'ES9121000418450200051332',
    'IT60X0542811101000000123456',
    'TR330006100519786457841326',
  ])('accepts the published example %s', (number) => expect(iban.validate(number)).toBe(true));

  it('rejects a wrong check, a wrong length for the country and an unknown country', () => {
    expect(iban.validate('GB82WEST12345698765433')).toBe(false);
    expect(iban.validate('GB82WEST1234569876543')).toBe(false);
    expect(iban.validate('QQ82WEST12345698765432')).toBe(false);
  });

  it('is found printed in groups of four, and in lower case', () => {
    expect(matchesOf('id.iban', 'Pay to GB82 WEST 1234 5698 7654 32 today')).toEqual(['GB82 WEST 1234 5698 7654 32']);
    expect(matchesOf('id.iban', 'iban fr14 2004 1010 0505 0001 3m02 606', { lang: 'fr' })).toEqual(['fr14 2004 1010 0505 0001 3m02 606']);
  });
});
