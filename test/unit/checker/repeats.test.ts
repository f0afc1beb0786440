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

  it('a copy glued to another finding is still a whole word, but not one inside a finding', () => {
    const glued = 'MRN 4471. Seen 4471cancer';
    const mrn: Candidate = { start: 4, end: 8, category: 'ID', ruleId: 'id.mrn', strength: 'strong', reason: { key: 'reason_id' } };
    const cancer: Candidate = { start: 19, end: 25, category: 'HEALTH', ruleId: 'health.condition', strength: 'strong', reason: { key: 'reason_health' } };
    expect(propagateRepeats(glued, [mrn, cancer], []).map((c) => glued.slice(c.start, c.end))).toEqual(['4471', 'cancer', '4471']);
    const text = 'the guy in 12 — SSN 123-45-6789';
    const bed: Candidate = { start: 11, end: 13, category: 'LOCATION', ruleId: 'location.bed', strength: 'strong', reason: { key: 'reason_room' } };
    const number: Candidate = { start: 20, end: 31, category: 'PHONE', ruleId: 'phone', strength: 'weak', reason: { key: 'reason_contact_phone' } };
    expect(propagateRepeats(text, [bed, number], [])).toHaveLength(2);
  });
});
