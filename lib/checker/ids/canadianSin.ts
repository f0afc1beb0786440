import { unlessGroupedAs } from './grouping';
import { luhnValid } from './luhn';
import type { IdDetector } from './types';

/**
 * Canadian Social Insurance Number: nine digits with a Luhn check digit; the first digit is the
 * region of issue (0 and 8 are not given to people). Written 123 456 782.
 */
export const canadianSin: IdDetector = {
  id: 'id.ca-sin',
  labelKey: 'id_ca_sin',
  reasonKey: 'reason_id_ca_sin',
  pattern: /^[1-79]\d{8}$/,
  lengths: [9],
  validate: luhnValid,
  checksummed: true,
  contextWords: {
    en: ['sin', 'sin number', 'social insurance', 'social insurance number'],
    fr: ['nas', "numéro d'assurance sociale", 'assurance sociale'],
    es: ['sin'],
    it: ['sin'],
    tr: ['sin'],
  },
  needsContext: unlessGroupedAs([3, 3, 3]),
  jurisdictions: ['phipa-ca'],
};
