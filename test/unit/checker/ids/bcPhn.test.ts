import { describe, expect, it } from 'vitest';
import { bcPhn } from '../../../../lib/checker/ids/bcPhn';
import { matchesOf } from '../findIdentifiers';

/** BC PHN check: 11 − (Σ digit × weight mod 11) over digits 2–9, weights 2 4 8 5 10 9 7 3. */
function phnFrom(nine: string): string | null {
  const weights = [2, 4, 8, 5, 10, 9, 7, 3];
  const sum = weights.reduce((acc, w, i) => acc + Number(nine[i + 1]) * w, 0);
  const check = 11 - (sum % 11);
  return check >= 10 ? null : nine + check;
}

describe('BC Personal Health Number', () => {
  const phn = ['912345678', '987654321', '900000001', '911111111'].map(phnFrom).find((n) => n !== null)!;

  it('validates the mod 11 check digit', () => {
    expect(bcPhn.validate(phn)).toBe(true);
    expect(bcPhn.validate(phn.slice(0, 9) + ((Number(phn[9]) + 1) % 10))).toBe(false);
  });

  it('starts with 9', () => {
    expect(bcPhn.pattern.test(`8${phn.slice(1)}`)).toBe(false);
  });

  it('is found printed 4-3-3, or bare after "PHN"', () => {
    const printed = `${phn.slice(0, 4)} ${phn.slice(4, 7)} ${phn.slice(7)}`;
    expect(matchesOf('id.ca-bc-phn', `card ${printed}`, { jurisdiction: 'phipa-ca' })).toEqual([printed]);
    expect(matchesOf('id.ca-bc-phn', `PHN: ${phn}`, { jurisdiction: 'phipa-ca' })).toEqual([phn]);
    expect(matchesOf('id.ca-bc-phn', `ref ${phn}`, { jurisdiction: 'phipa-ca' })).toEqual([]);
  });
});
