import type { IdDetector } from './types';

/** Letters an MBI may use: A–Z without S, L, O, I, B and Z, which read like digits (CMS). */
const L = '[AC-HJKMNP-RT-Y]';
const A = '[AC-HJKMNP-RT-Y0-9]';

/**
 * US Medicare Beneficiary Identifier (CMS, since 2018): eleven characters with a fixed rule per
 * position — digit 1–9, letter, letter or digit, digit, letter, letter or digit, digit, letter,
 * letter, digit, digit — usually written 1EG4-TE5-MK73. No check digit: the position rules are the check.
 */
export const medicareMbi: IdDetector = {
  id: 'id.us-mbi',
  labelKey: 'id_us_mbi',
  reasonKey: 'reason_id_us_mbi',
  pattern: new RegExp(`^[1-9]${L}${A}\\d${L}${A}\\d${L}${L}\\d\\d$`),
  lengths: [11],
  validate: () => true,
  checksummed: false,
  jurisdictions: ['hipaa-us'],
  langs: ['en'],
};
