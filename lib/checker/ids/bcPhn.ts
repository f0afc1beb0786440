import { unlessGroupedAs } from './grouping';
import type { IdDetector } from './types';

const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3];

/**
 * British Columbia Personal Health Number: ten digits starting with 9; the tenth is
 * 11 − (Σ digit × weight mod 11) over digits 2–9 with weights 2, 4, 8, 5, 10, 9, 7, 3 (BC Ministry of Health).
 */
export const bcPhn: IdDetector = {
  id: 'id.ca-bc-phn',
  labelKey: 'id_ca_bc_phn',
  reasonKey: 'reason_id_ca_bc_phn',
  pattern: /^9\d{9}$/,
  lengths: [10],
  validate: (s) => {
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += ((s.charCodeAt(i + 1) - 48) * WEIGHTS[i]!) % 11;
    const check = 11 - (sum % 11);
    return check < 10 && check === s.charCodeAt(9) - 48;
  },
  checksummed: true,
  contextWords: {
    en: ['phn', 'personal health number', 'care card', 'carecard', 'bc services card'],
    fr: ['phn', 'numéro de santé personnel'],
    es: ['phn'],
    it: ['phn'],
    tr: ['phn'],
  },
  needsContext: unlessGroupedAs([4, 3, 3]),
  jurisdictions: ['phipa-ca'],
};
