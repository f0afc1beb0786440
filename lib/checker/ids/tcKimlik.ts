import type { IdDetector } from './types';

/**
 * Turkish identity number (T.C. Kimlik No): eleven digits, the first not 0; the tenth is
 * (7 × (d1 + d3 + d5 + d7 + d9) − (d2 + d4 + d6 + d8)) mod 10, the eleventh is the sum of the
 * first ten mod 10 (NVİ).
 */
export const tcKimlik: IdDetector = {
  id: 'id.tr-tc-kimlik',
  labelKey: 'id_tr_tc_kimlik',
  reasonKey: 'reason_id_tr_tc_kimlik',
  pattern: /^[1-9]\d{10}$/,
  lengths: [11],
  validate: (s) => {
    const d = (i: number) => s.charCodeAt(i) - 48;
    const odd = d(0) + d(2) + d(4) + d(6) + d(8);
    const even = d(1) + d(3) + d(5) + d(7);
    const tenth = (((7 * odd - even) % 10) + 10) % 10;
    return tenth === d(9) && (odd + even + d(9)) % 10 === d(10);
  },
  checksummed: true,
  jurisdictions: ['kvkk-tr'],
  langs: ['tr'],
};
