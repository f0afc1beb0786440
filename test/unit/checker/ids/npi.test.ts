import { describe, expect, it } from 'vitest';
import { npi } from '../../../../lib/checker/ids/npi';
import { breakLastDigit, matchesOf, withLuhnDigit } from '../findIdentifiers';

/** An NPI's check digit is the Luhn digit of 80840 followed by its first nine digits. */
const npiFrom = (nine: string) => nine + withLuhnDigit(`80840${nine}`).slice(-1);

describe('NPI', () => {
  it("validates CMS's documented example and numbers built from the 80840 prefix", () => {
    expect(npi.validate('1234567893')).toBe(true);
    for (const nine of ['123456789', '298765432', '100000000']) expect(npi.validate(npiFrom(nine))).toBe(true);
  });

  it('rejects a wrong check digit and numbers not starting with 1 or 2', () => {
    expect(npi.validate(breakLastDigit('1234567893'))).toBe(false);
    expect(npi.pattern.test(npiFrom('323456789'))).toBe(false);
  });

  it('counts only after "NPI" or its spelled-out form', () => {
    expect(matchesOf('id.us-npi', 'Provider NPI: 1234567893')).toEqual(['1234567893']);
    expect(matchesOf('id.us-npi', 'national provider identifier 1234567893')).toEqual(['1234567893']);
    expect(matchesOf('id.us-npi', 'call 1234567893 today')).toEqual([]);
  });
});
