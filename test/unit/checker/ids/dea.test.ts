import { describe, expect, it } from 'vitest';
import { dea } from '../../../../lib/checker/ids/dea';
import { matchesOf } from '../findIdentifiers';

/** Builds a DEA number: the check digit is the last digit of (d1+d3+d5) + 2(d2+d4+d6). */
function deaFrom(letters: string, six: string): string {
  const d = [...six].map(Number);
  return `${letters}${six}${(d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!)) % 10}`;
}

describe('DEA registration number', () => {
  it('validates the check digit', () => {
    expect(dea.validate('AB1234563')).toBe(true);
    expect(dea.validate(deaFrom('FM', '987654'))).toBe(true);
    expect(dea.validate('AB1234564')).toBe(false);
  });

  it('needs a registrant-type letter and a name letter or 9', () => {
    expect(dea.pattern.test(deaFrom('B9', '123456'))).toBe(true);
    expect(dea.pattern.test(deaFrom('IB', '123456'))).toBe(false);
    expect(dea.pattern.test(deaFrom('A1', '123456'))).toBe(false);
  });

  it('is found in a post, upper- or lower-case', () => {
    expect(matchesOf('id.us-dea', 'DEA# AB1234563 on the script')).toEqual(['AB1234563']);
    expect(matchesOf('id.us-dea', 'dea ab1234563')).toEqual(['ab1234563']);
    expect(matchesOf('id.us-dea', 'code AB1234564')).toEqual([]);
    expect(matchesOf('id.us-dea', 'DEA: AB-1234563')).toEqual(['AB-1234563']);
  });

  it('is not a word followed by a phone number whose digits happen to pass the check', () => {
    // 5550012 passes: (5+5+0) + 2(5+0+1) = 22.
    expect(dea.validate('AT5550012')).toBe(true);
    expect(matchesOf('id.us-dea', 'Call us at 555-0012 tomorrow')).toEqual([]);
    expect(matchesOf('id.us-dea', 'call us at 5550012')).toEqual([]);
    expect(matchesOf('id.us-dea', 'CALL AT 555 0012')).toEqual([]);
  });
});
