import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/checker/types';
import { textSegments } from '../../lib/textSegments';

const finding = (start: number, end: number): Finding => ({ start, end, category: 'PHONE', severity: 'warn', ruleId: 'test', reason: { key: 'k' } });

describe('textSegments', () => {
  it('cuts text into plain runs and finding runs that join back into the text', () => {
    const text = 'call 555-201-4477 or mail a@b.co now';
    const segments = textSegments(text, [finding(5, 17), finding(26, 32)]);
    expect(segments).toEqual([
      { text: 'call ' },
      { text: '555-201-4477', finding: 0 },
      { text: ' or mail ' },
      { text: 'a@b.co', finding: 1 },
      { text: ' now' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('handles findings at both ends and text without findings', () => {
    expect(textSegments('abc', [finding(0, 1), finding(2, 3)])).toEqual([{ text: 'a', finding: 0 }, { text: 'b' }, { text: 'c', finding: 1 }]);
    expect(textSegments('abc', [])).toEqual([{ text: 'abc' }]);
    expect(textSegments('', [])).toEqual([]);
  });

  it('skips a finding that overlaps the previous one or lies outside the text, keeping every character once', () => {
    const text = 'abcdefgh';
    const segments = textSegments(text, [finding(1, 4), finding(3, 6), finding(6, 20), finding(7, 7)]);
    expect(segments).toEqual([{ text: 'a' }, { text: 'bcd', finding: 0 }, { text: 'efgh' }]);
  });

  it('keeps surrogate pairs whole when offsets are in UTF-16 code units', () => {
    const text = '😀 555-201-4477';
    expect(textSegments(text, [finding(3, 15)])).toEqual([{ text: '😀 ' }, { text: '555-201-4477', finding: 0 }]);
  });
});
