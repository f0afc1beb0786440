import { unlessGroupedAs } from './grouping';
import type { IdDetector } from './types';

/** Modulus 11 check shared by the NHS number and Scotland's CHI number: weights 10 down to 2. */
export function nhsCheckValid(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (s.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === s.charCodeAt(9) - 48;
}

/**
 * UK NHS number (and Scottish CHI number): ten digits, the last a modulus 11 check digit. Written
 * 943 476 5919; ten bare digits could be a phone number, so they need "NHS" or "CHI" before them.
 */
export const nhsNumber: IdDetector = {
  id: 'id.uk-nhs',
  labelKey: 'id_uk_nhs',
  reasonKey: 'reason_id_uk_nhs',
  pattern: /^\d{10}$/,
  lengths: [10],
  validate: nhsCheckValid,
  checksummed: true,
  contextWords: {
    en: ['nhs', 'nhs number', 'nhs no', 'chi', 'chi number', 'chi no', 'h&c number'],
    fr: ['nhs'],
    es: ['nhs'],
    it: ['nhs'],
    tr: ['nhs'],
  },
  needsContext: unlessGroupedAs([3, 3, 4]),
  jurisdictions: ['uk'],
};
