import { describe, expect, it } from 'vitest';
import { findNumberRuns } from '../../../../lib/checker/ids/numberRuns';

const runsOf = (text: string) => findNumberRuns(text).map((run) => run.groups.map((g) => text.slice(g.start, g.end)));

describe('findNumberRuns', () => {
  it('joins groups separated by one space, dot, dash or slash, and " / "', () => {
    expect(runsOf('IBAN GB82 WEST 1234 5698 7654 32 ok')).toEqual([['IBAN', 'GB82', 'WEST', '1234', '5698', '7654', '32', 'ok']]);
    expect(runsOf('no 18949 / 91.')).toEqual([['no', '18949', '91']]);
    expect(runsOf('12.345.678-Z')).toEqual([['12', '345', '678', 'Z']]);
  });

  it('ends a run at a long word, at ". " and at a change from spaces to marks', () => {
    expect(runsOf('NHC 368503. NASS 26 63514095')).toEqual([['NHC', '368503'], ['NASS', '26', '63514095']]);
    expect(runsOf('3 patients 5 nurses')).toEqual([['3'], ['5']]);
    expect(runsOf('24-07-1990 2 8 3 0')).toEqual([['24', '07', '1990'], ['2', '8', '3', '0']]);
  });

  it('keeps at most two letter groups before the first digit, and none from inside a word', () => {
    expect(runsOf('a b c 12')).toEqual([['b', 'c', '12']]);
    expect(runsOf('Año2024 x')).toEqual([]);
  });

  it('has no run where there is no digit', () => {
    expect(runsOf('no digits here at all')).toEqual([]);
  });
});
