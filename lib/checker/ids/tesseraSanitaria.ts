import { luhnValid } from './luhn';
import type { IdDetector } from './types';

/**
 * Number of the Italian tessera sanitaria (the European health insurance card): 20 digits,
 * 80 (health) + 380 (Italy) + issuer and card number, with a Luhn check digit (ISO/IEC 7812).
 */
export const tesseraSanitaria: IdDetector = {
  id: 'id.it-tessera-sanitaria',
  labelKey: 'id_it_tessera_sanitaria',
  reasonKey: 'reason_id_it_tessera_sanitaria',
  pattern: /^80380\d{15}$/,
  lengths: [20],
  validate: luhnValid,
  checksummed: true,
  partOfRun: true,
  jurisdictions: ['gdpr-eu'],
  langs: ['it'],
};
