import { describe, expect, it } from 'vitest';
import { paymentCard } from '../../../../lib/checker/ids/paymentCard';
import { breakLastDigit, findIdentifiers, matchesOf, withLuhnDigit } from '../findIdentifiers';

describe('payment card number', () => {
  it.each([
    ['Visa (test number)', '4111111111111111'],
    ['Visa 13 digits', withLuhnDigit('422222222222')],
    ['Mastercard (test number)', '5555555555554444'],
    ['Mastercard 2-series', withLuhnDigit('222300000000000')],
    ['American Express (test number)', '378282246310005'],
    ['Discover (test number)', '6011111111111117'],
    ['JCB (test number)', '3530111333300000'],
    ['Diners Club', withLuhnDigit('3056930902590')],
    ['UnionPay', withLuhnDigit('620000000000000')],
    ['Maestro 12 digits', withLuhnDigit('67590000000')],
    ['Troy', withLuhnDigit('979200000000000')],
  ])('accepts %s', (_, number) => expect(paymentCard.validate(number)).toBe(true));

  it('rejects a wrong Luhn digit, an unknown issuer and a wrong length', () => {
    expect(paymentCard.validate(breakLastDigit('4111111111111111'))).toBe(false);
    expect(paymentCard.validate(withLuhnDigit('111111111111111'))).toBe(false);
    expect(paymentCard.validate(withLuhnDigit('3782822463100'))).toBe(false); // 14 digits; Amex has 15
  });

  it('finds a card written in groups of four, with its checksum strength', () => {
    expect(findIdentifiers('my card 4111 1111 1111 1111 was charged')).toContainEqual({
      text: '4111 1111 1111 1111',
      ruleId: 'id.payment-card',
      category: 'ID',
      strength: 'checksum',
    });
    expect(matchesOf('id.payment-card', 'card 4111-1111-1111-1112')).toEqual([]);
  });
});
