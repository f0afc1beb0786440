import { describe, expect, it } from 'vitest';
import { wordIn, wordOf } from '../../../../lib/checker/text/words';

describe('word cache', () => {
  it('gives the same Word for a range of a text as for the sliced word', () => {
    const text = 'Mrs Diaz saw DIAZ and diaz';
    const word = wordIn(text, 4, 8);
    expect(word).toBe(wordOf('Diaz'));
    expect(word.text).toBe('Diaz');
    expect(word.cap).toBe(true);
    expect(wordIn(text, 13, 17)).toBe(wordOf('DIAZ'));
    expect(wordIn(text, 13, 17).upper).toBe(true);
    expect(wordIn(text, 22, 26).cap).toBe(false);
  });

  it('never answers one word for another that starts the same or shares its hash slot', () => {
    const text = 'ab abc a b ba';
    expect(wordIn(text, 0, 2).text).toBe('ab');
    expect(wordIn(text, 3, 6).text).toBe('abc');
    expect(wordIn(text, 7, 8).text).toBe('a');
    expect(wordIn(text, 9, 10).text).toBe('b');
    expect(wordIn(text, 11, 13).text).toBe('ba');
  });

  it('answers every word correctly across generations of distinct words', () => {
    const words = Array.from({ length: 160_000 }, (_, i) => `w${i.toString(36)}`);
    expect(words.filter((w) => wordOf(w).text !== w)).toEqual([]);
    // a word of the last generation is still the same object; an evicted one is described again, correctly
    const last = words.at(-1)!;
    expect(wordOf(last)).toBe(wordOf(last));
    expect(wordOf(words[0]!).text).toBe(words[0]);
  });
});
