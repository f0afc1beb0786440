import { isGroupedAs } from './grouping';
import { luhnValid } from './luhn';
import type { IdDetector } from './types';

/**
 * Ontario health card number (OHIP): ten digits with a Luhn check digit, often followed by a
 * two-letter version code — written 1234-567-890-AB. Ten bare digits without the version code
 * need a word such as "OHIP" or "health card" before them.
 */
export const ontarioHealthCard: IdDetector = {
  id: 'id.ca-on-health',
  labelKey: 'id_ca_on_health',
  reasonKey: 'reason_id_ca_on_health',
  pattern: /^\d{10}(?:[A-Z]{2})?$/,
  lengths: [10, 12],
  validate: (s) => luhnValid(s.slice(0, 10)),
  checksummed: true,
  contextWords: {
    en: ['ohip', 'health card', 'health card number', 'health number', 'hcn'],
    fr: ['ohip', 'carte santé', 'carte de santé', 'assurance-santé'],
    es: ['ohip'],
    it: ['ohip'],
    tr: ['ohip'],
  },
  needsContext: (written) => !isGroupedAs(written, [4, 3, 3], [4, 3, 3, 2], [10, 2]),
  jurisdictions: ['phipa-ca'],
};
