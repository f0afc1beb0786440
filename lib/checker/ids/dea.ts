import type { IdDetector } from './types';

/**
 * US DEA registration number: a registrant-type letter, the first letter of the registrant's last
 * name (or 9), and seven digits; the last digit is the last digit of
 * (d1 + d3 + d5) + 2 × (d2 + d4 + d6).
 */
export const dea: IdDetector = {
  id: 'id.us-dea',
  labelKey: 'id_us_dea',
  reasonKey: 'reason_id_us_dea',
  pattern: /^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/,
  /**
   * Written with its seven digits in one group, the letters glued to them or, in capitals, one space
   * or dash apart. A word and a grouped phone number ("at 555-0012") have the same compact form, and
   * one in ten of them passes the check digit.
   */
  written: /^(?:[A-Za-z][A-Za-z9]|[A-Z][A-Z9][ -])\d{7}$/,
  lengths: [9],
  validate: (s) => {
    const d = (i: number) => s.charCodeAt(2 + i) - 48;
    return (d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5))) % 10 === d(6);
  },
  checksummed: true,
  jurisdictions: ['hipaa-us'],
  langs: ['en'],
};
