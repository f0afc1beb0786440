import { describe, expect, it } from 'vitest';
import { codiceFiscale } from '../../../../lib/checker/ids/codiceFiscale';
import { matchesOf } from '../findIdentifiers';

/** Check character: odd positions through the official table, even ones by value, sum mod 26 (DM 23/12/1976). */
function withCheck(fifteen: string): string {
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);
  const sum = [...fifteen].reduce((acc, c, i) => acc + (i % 2 === 0 ? odd[value(c)]! : value(c)), 0);
  return fifteen + String.fromCharCode(65 + (sum % 26));
}

describe('Italian codice fiscale', () => {
  it('validates the check character', () => {
    expect(codiceFiscale.validate('RSSMRA85T10A562S')).toBe(true);
    expect(codiceFiscale.validate('RSSMRA85T10A562T')).toBe(false);
    expect(codiceFiscale.validate(withCheck('BNCLRA90A41H501'))).toBe(true); // a woman: day + 40
  });

  it('accepts omocodia (digits replaced by L–V) and rejects an impossible day', () => {
    const omocodic = withCheck('RSSMRA85T10A56N'); // 2 → N
    expect(codiceFiscale.pattern.test(omocodic) && codiceFiscale.validate(omocodic)).toBe(true);
    expect(codiceFiscale.validate(withCheck('RSSMRA85T35A562'))).toBe(false);
  });

  it('needs a real month letter', () => {
    expect(codiceFiscale.pattern.test(withCheck('RSSMRA85Z10A562'))).toBe(false);
  });

  it('is found in an Italian post, in lower case or spaced', () => {
    expect(matchesOf('id.it-codice-fiscale', 'CF: rssmra85t10a562s grazie', { lang: 'it' })).toEqual(['rssmra85t10a562s']);
    expect(matchesOf('id.it-codice-fiscale', 'codice RSS MRA 85T10 A562S', { lang: 'it' })).toEqual(['RSS MRA 85T10 A562S']);
  });
});
