import { luhnValid } from './luhn';
import type { IdDetector } from './types';

/**
 * US National Provider Identifier: ten digits starting with 1 or 2, whose last digit is the Luhn
 * check digit of the number prefixed with 80840 (the health-industry issuer prefix, CMS). One
 * ten-digit number in ten passes that check, so it counts only after "NPI" or its spelled-out form.
 */
export const npi: IdDetector = {
  id: 'id.us-npi',
  labelKey: 'id_us_npi',
  reasonKey: 'reason_id_us_npi',
  pattern: /^[12]\d{9}$/,
  lengths: [10],
  validate: (s) => luhnValid(`80840${s}`),
  checksummed: true,
  contextWords: {
    en: ['npi', 'npi number', 'national provider identifier', 'provider number', 'provider id'],
    fr: ['npi'],
    es: ['npi'],
    it: ['npi'],
    tr: ['npi'],
  },
  jurisdictions: ['hipaa-us'],
  langs: ['en'],
};
