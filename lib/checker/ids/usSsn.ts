import { unlessGroupedAs } from './grouping';
import type { IdDetector } from './types';

/** Numbers printed in advertisements and pamphlets, never issued to a person (SSA). */
const ADVERTISED = new Set(['078051120', '219099999', '123456789']);

/**
 * US Social Security number: no check digit, but the SSA never issues area 000, 666 or 900–999,
 * group 00 or serial 0000. Written 123-45-6789; nine bare digits could be anything, so they need a
 * word such as "SSN" before them.
 */
export const usSsn: IdDetector = {
  id: 'id.us-ssn',
  labelKey: 'id_us_ssn',
  reasonKey: 'reason_id_us_ssn',
  pattern: /^\d{9}$/,
  lengths: [9],
  validate: (s) => {
    const area = Number(s.slice(0, 3));
    return area !== 0 && area !== 666 && area < 900 && s.slice(3, 5) !== '00' && s.slice(5) !== '0000' && !ADVERTISED.has(s);
  },
  checksummed: false,
  contextWords: {
    en: ['ssn', 'ss#', 'ss no', 'social security', 'soc sec', 'social security number'],
    fr: ['ssn', 'numéro de sécurité sociale américain', 'social security'],
    es: ['ssn', 'seguro social', 'número de seguro social'],
    it: ['ssn', 'social security', 'numero di previdenza sociale'],
    tr: ['ssn', 'social security', 'sosyal güvenlik numarası'],
  },
  needsContext: unlessGroupedAs([3, 2, 4]),
  jurisdictions: ['hipaa-us'],
  langs: ['en'],
};
