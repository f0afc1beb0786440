import { describe, expect, it } from 'vitest';
import { usSsn } from '../../../../lib/checker/ids/usSsn';
import { matchesOf } from '../findIdentifiers';

describe('US Social Security number', () => {
  it('accepts numbers in issued ranges', () => {
    for (const s of ['536228726', '001010001', '899999999', '665123456', '123456780']) expect(usSsn.validate(s)).toBe(true);
  });

  it.each([
    ['area 000', '000123456'],
    ['area 666', '666123456'],
    ['area 9xx', '912345678'],
    ['group 00', '123004567'],
    ['serial 0000', '123450000'],
    ["Woolworth's wallet card", '078051120'],
    ['Social Security pamphlet', '219099999'],
    ['the advertised 123-45-6789', '123456789'],
  ])('rejects %s', (_, s) => expect(usSsn.validate(s)).toBe(false));

  it('finds the 3-2-4 form alone, and nine bare digits only after SSN or its words', () => {
    expect(matchesOf('id.us-ssn', 'Her number is 536-22-8726.')).toEqual(['536-22-8726']);
    expect(matchesOf('id.us-ssn', 'ref 536 22 8726 ok')).toEqual(['536 22 8726']);
    expect(matchesOf('id.us-ssn', 'order 536228726 shipped')).toEqual([]);
    expect(matchesOf('id.us-ssn', 'SSN: 536228726')).toEqual(['536228726']);
    expect(matchesOf('id.us-ssn', 'número de seguro social 536228726', { lang: 'es' })).toEqual(['536228726']);
    expect(matchesOf('id.us-ssn', 'SSN 666-22-8726')).toEqual([]);
  });
});
