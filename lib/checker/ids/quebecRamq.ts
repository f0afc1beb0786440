import type { IdDetector } from './types';

/**
 * Québec health insurance number (RAMQ): the first three letters of the surname and the first of
 * the given name, then year, month (+50 for women) and day of birth and two digits — written
 * TREM 6405 1512. Its check is not published, so the date must be a real one.
 */
export const quebecRamq: IdDetector = {
  id: 'id.ca-qc-ramq',
  labelKey: 'id_ca_qc_ramq',
  reasonKey: 'reason_id_ca_qc_ramq',
  pattern: /^[A-Z]{4}\d{8}$/,
  lengths: [12],
  validate: (s) => {
    const month = Number(s.slice(6, 8)) % 50;
    const day = Number(s.slice(8, 10));
    return Number(s.slice(6, 8)) < 63 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  },
  checksummed: false,
  jurisdictions: ['phipa-ca'],
  langs: ['fr'],
};
