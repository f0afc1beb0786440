import type { IdDetector } from './types';

/** Omocodia: when two people would share a code, digits are replaced from the right by these letters (0–9). */
const OMOCODIA = 'LMNPQRSTUV';
const D = '[0-9LMNPQRSTUV]';

/** Values of characters in odd positions (1st, 3rd, …) for the check character; digits map like A–J. */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

const value = (c: number) => (c <= 57 ? c - 48 : c - 65);

export function codiceFiscaleCheckValid(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const v = value(s.charCodeAt(i));
    sum += i % 2 === 0 ? ODD[v]! : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** Day of birth (41–71 for women) after undoing omocodia. */
function dayOfBirth(s: string): number {
  const digit = (c: string) => String(OMOCODIA.includes(c) ? OMOCODIA.indexOf(c) : Number(c));
  return Number(digit(s[9]!) + digit(s[10]!));
}

/**
 * Italian tax code (codice fiscale), also the number on the tessera sanitaria: three letters of the
 * surname, three of the name, year, month letter, day (+40 for women), place code, and a check
 * letter from the odd/even position tables (DM 23/12/1976), digits possibly replaced by letters (omocodia).
 */
export const codiceFiscale: IdDetector = {
  id: 'id.it-codice-fiscale',
  labelKey: 'id_it_codice_fiscale',
  reasonKey: 'reason_id_it_codice_fiscale',
  pattern: new RegExp(`^[A-Z]{6}${D}{2}[ABCDEHLMPRST]${D}{2}[A-Z]${D}{3}[A-Z]$`),
  lengths: [16],
  validate: (s) => {
    const day = dayOfBirth(s);
    return ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) && codiceFiscaleCheckValid(s);
  },
  checksummed: true,
  partOfRun: true,
  // Its shape and check letter are specific enough to count anywhere: an Italian patient of a US or Turkish clinic has one too.
  jurisdictions: ['*'],
};
