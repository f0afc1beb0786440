import { describe, expect, it } from 'vitest';
import { nhsNumber } from '../../../../lib/checker/ids/nhsNumber';
import { breakLastDigit, matchesOf } from '../findIdentifiers';

/** NHS check digit: 11 − (Σ digit × (10 − position) mod 11); 11 is 0 and 10 is never issued. */
function nhsFrom(nine: string): string | null {
  const sum = [...nine].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : nine + check;
}

describe('NHS number', () => {
  it("validates NHS Digital's documented example and computed numbers", () => {
    expect(nhsNumber.validate('9434765919')).toBe(true);
    for (const nine of ['401023213', '485777345', '999999999']) {
      const number = nhsFrom(nine);
      if (number) expect(nhsNumber.validate(number)).toBe(true);
    }
  });

  it('rejects a wrong check digit and a check of 10', () => {
    expect(nhsNumber.validate(breakLastDigit('9434765919'))).toBe(false);
    // 6 × 2 = 12 ≡ 1 (mod 11): the check would be 10, so no last digit makes a valid number.
    for (let last = 0; last <= 9; last++) expect(nhsNumber.validate(`000000006${last}`)).toBe(false);
  });

  it('is found in its 3-3-4 form under the UK preset, and bare only after "NHS"', () => {
    expect(matchesOf('id.uk-nhs', 'NHS number 943 476 5919', { jurisdiction: 'uk' })).toEqual(['943 476 5919']);
    expect(matchesOf('id.uk-nhs', 'ref 943 476 5919', { jurisdiction: 'uk' })).toEqual(['943 476 5919']);
    expect(matchesOf('id.uk-nhs', 'ref 9434765919', { jurisdiction: 'uk' })).toEqual([]);
    expect(matchesOf('id.uk-nhs', 'NHS no. 9434765919', { jurisdiction: 'uk' })).toEqual(['9434765919']);
  });

  it('outside the UK preset counts only next to its label (a 3-3-4 US phone number is not one)', () => {
    expect(matchesOf('id.uk-nhs', 'call 943 476 5919')).toEqual([]);
    expect(matchesOf('id.uk-nhs', 'NHS number: 943 476 5919')).toEqual(['943 476 5919']);
  });
});
