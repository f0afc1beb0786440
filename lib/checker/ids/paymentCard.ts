import { luhnValid } from './luhn';
import type { IdDetector } from './types';

/** Issuer prefix ranges (inclusive, compared on the same number of leading digits) and card lengths. */
interface Issuer {
  from: number;
  to: number;
  lengths: readonly number[];
}
const range = (from: number, to: number, ...lengths: number[]): Issuer => ({ from, to, lengths });
const ISSUERS: readonly Issuer[] = [
  range(4, 4, 13, 16, 19), // Visa
  range(51, 55, 16), // Mastercard
  range(2221, 2720, 16), // Mastercard 2-series
  range(34, 34, 15), // American Express
  range(37, 37, 15),
  range(6011, 6011, 16, 17, 18, 19), // Discover
  range(644, 649, 16, 17, 18, 19),
  range(65, 65, 16, 17, 18, 19),
  range(300, 305, 14, 15, 16, 17, 18, 19), // Diners Club
  range(3095, 3095, 14, 15, 16, 17, 18, 19),
  range(36, 36, 14, 15, 16, 17, 18, 19),
  range(38, 39, 14, 15, 16, 17, 18, 19),
  range(3528, 3589, 16, 17, 18, 19), // JCB
  range(2131, 2131, 15), // JCB (older numbering)
  range(1800, 1800, 15),
  range(62, 62, 16, 17, 18, 19), // UnionPay
  range(2200, 2204, 16, 17, 18, 19), // Mir
  range(9792, 9792, 16), // Troy (Turkey)
  range(50, 50, 12, 13, 14, 15, 16, 17, 18, 19), // Maestro
  range(56, 69, 12, 13, 14, 15, 16, 17, 18, 19),
];

function hasIssuer(digits: string): boolean {
  return ISSUERS.some(({ from, to, lengths }) => {
    const prefix = Number(digits.slice(0, String(from).length));
    return prefix >= from && prefix <= to && lengths.includes(digits.length);
  });
}

/** Payment card number (PAN): an issuer's prefix and length, and the Luhn check digit (ISO/IEC 7812). */
export const paymentCard: IdDetector = {
  id: 'id.payment-card',
  labelKey: 'id_payment_card',
  reasonKey: 'reason_id_payment_card',
  pattern: /^\d{12,19}$/,
  lengths: [12, 13, 14, 15, 16, 17, 18, 19],
  validate: (s) => hasIssuer(s) && luhnValid(s),
  checksummed: true,
  jurisdictions: ['*'],
};
