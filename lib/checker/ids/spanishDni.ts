import type { IdDetector } from './types';

/** Check letter of the DNI/NIE: the number mod 23 indexes this string (Ministerio del Interior). */
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const NIE_PREFIX: Readonly<Record<string, string>> = { X: '0', Y: '1', Z: '2' };

/**
 * Spanish national identity number (DNI, eight digits) and foreigner's number (NIE, X/Y/Z and seven
 * digits), each followed by the letter for its number mod 23 — written 12345678-Z, 12.345.678 Z or X1234567L.
 */
export const spanishDni: IdDetector = {
  id: 'id.es-dni',
  labelKey: 'id_es_dni',
  reasonKey: 'reason_id_es_dni',
  pattern: /^[XYZ0-9]\d{7}[A-Z]$/,
  lengths: [9],
  validate: (s) => {
    const number = Number((NIE_PREFIX[s[0]!] ?? s[0]) + s.slice(1, 8));
    return LETTERS[number % 23] === s[8];
  },
  checksummed: true,
  jurisdictions: ['gdpr-eu'],
  langs: ['es'],
};
