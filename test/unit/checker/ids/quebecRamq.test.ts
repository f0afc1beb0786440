import { describe, expect, it } from 'vitest';
import { quebecRamq } from '../../../../lib/checker/ids/quebecRamq';
import { matchesOf } from '../findIdentifiers';

describe('Québec health insurance number (RAMQ)', () => {
  it('accepts a real date of birth, with +50 on the month for women', () => {
    expect(quebecRamq.validate('TREM64051512')).toBe(true);
    expect(quebecRamq.validate('TREM64551512')).toBe(true);
  });

  it.each([
    ['month 13', 'TREM64131512'],
    ['month 00', 'TREM64001512'],
    ['month 63', 'TREM64631512'],
    ['day 32', 'TREM64053212'],
    ['day 00', 'TREM64050012'],
  ])('rejects %s', (_, number) => expect(quebecRamq.validate(number)).toBe(false));

  it('is found as printed on the card, in French posts too', () => {
    expect(matchesOf('id.ca-qc-ramq', 'carte TREM 6405 1512', { jurisdiction: 'phipa-ca' })).toEqual(['TREM 6405 1512']);
    expect(matchesOf('id.ca-qc-ramq', 'sa carte TREM 6405 1512', { lang: 'fr', jurisdiction: 'gdpr-eu' })).toEqual(['TREM 6405 1512']);
  });
});
