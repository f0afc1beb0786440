import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/checker/detector';
import { propagateRepeats } from '../../../lib/checker/engine/repeats';
import { keepBestNonOverlapping } from '../../../lib/checker/overlaps';

const name = (text: string, value: string, from: number, strength: Candidate['strength'], ruleId: string): Candidate => {
  const start = text.indexOf(value, from);
  return { start, end: start + value.length, category: 'NAME', ruleId, strength, reason: { key: 'reason_name' } };
};

describe('copies of a found identifier', () => {
  const text = 'Mrs Diaz had her surgery. Diaz is resting now.';
  const titled = name(text, 'Diaz', 0, 'strong', 'name.title');

  it('flags every whole-word copy with the reading of the first', () => {
    const kept = keepBestNonOverlapping(propagateRepeats(text, [titled], []));
    expect(kept.map((c) => [text.slice(c.start, c.end), c.ruleId])).toEqual([['Diaz', 'name.title'], ['Diaz', 'name.title']]);
    expect(propagateRepeats('Mrs Diaz visited Diazepam Inc.', [name('Mrs Diaz visited Diazepam Inc.', 'Diaz', 0, 'strong', 'name.title')], [])).toHaveLength(1);
  });

  it('a copy read only weakly by another rule takes the strong reading; one read as strongly keeps its own', () => {
    const weakCopy = name(text, 'Diaz', 20, 'weak', 'name.single');
    const kept = keepBestNonOverlapping(propagateRepeats(text, [titled, weakCopy], []));
    expect(kept.map((c) => c.ruleId)).toEqual(['name.title', 'name.title']);
    const strongCopy = name(text, 'Diaz', 20, 'strong', 'name.label');
    expect(propagateRepeats(text, [titled, strongCopy], [])).toHaveLength(2);
  });
});
