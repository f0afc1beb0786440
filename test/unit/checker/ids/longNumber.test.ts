import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../findIdentifiers';

describe('long bare numbers', () => {
  it('are weak candidates when written as one block or digit by digit', () => {
    expect(findIdentifiers('| 22/01/1965 | 9010572683 |').map((f) => [f.ruleId, f.strength])).toEqual([['id.number', 'weak']]);
    expect(findIdentifiers('number 9 0 1 0 5 7 2 6 8 3 please').map((f) => f.text)).toEqual(['9 0 1 0 5 7 2 6 8 3']);
  });

  it('of thirteen digits or more count in any grouping', () => {
    expect(findIdentifiers('Mme X 2 720649 460 891 suivie').map((f) => [f.ruleId, f.text])).toEqual([['id.number-grouped', '2 720649 460 891']]);
  });

  it('are not dates, times or amounts', () => {
    expect(findIdentifiers('edit: 15.11.20 22.00 ateş düştü', { lang: 'tr' })).toEqual([]);
    expect(findIdentifiers('on 25.11.2020 and 07.04.2021')).toEqual([]);
    expect(findIdentifiers('prize of $10,000 and 1,250,000 steps')).toEqual([]);
  });
});
