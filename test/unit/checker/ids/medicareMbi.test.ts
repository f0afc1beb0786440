import { describe, expect, it } from 'vitest';
import { medicareMbi } from '../../../../lib/checker/ids/medicareMbi';
import { matchesOf } from '../findIdentifiers';

describe('Medicare Beneficiary Identifier', () => {
  it("accepts CMS's example and the position rules", () => {
    expect(medicareMbi.pattern.test('1EG4TE5MK73')).toBe(true);
    expect(medicareMbi.pattern.test('9AA0A0AA00')).toBe(false); // ten characters
    expect(medicareMbi.pattern.test('9AA9A9AA99')).toBe(false);
    expect(medicareMbi.pattern.test('9A99A9AA99X')).toBe(false); // a letter where a digit belongs
  });

  it.each(['S', 'L', 'O', 'I', 'B', 'Z'])('rejects the excluded letter %s', (letter) => {
    expect(medicareMbi.pattern.test(`1${letter}G4TE5MK73`)).toBe(false);
  });

  it('rejects 0 as the first character', () => {
    expect(medicareMbi.pattern.test('0EG4TE5MK73')).toBe(false);
  });

  it('is found with or without dashes', () => {
    expect(matchesOf('id.us-mbi', 'MBI 1EG4-TE5-MK73 on file')).toEqual(['1EG4-TE5-MK73']);
    expect(matchesOf('id.us-mbi', 'card: 1eg4te5mk73')).toEqual(['1eg4te5mk73']);
  });
});
