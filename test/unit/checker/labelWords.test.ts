import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatching, wordsOf } from '../../../lib/checker/labelWords';

// The definition the scan must keep: split on spaces and label punctuation, and on a slash after two letters or digits.
const reference = (folded: string) =>
  folded
    .replace(/([a-z0-9]{2})\//g, '$1 ')
    .split(/[\s.:;,!?()[\]{}=#"«»“”'’-]+/)
    .filter(Boolean);

describe('wordsOf', () => {
  it('splits label windows into words', () => {
    expect(wordsOf(foldForMatching('N° de dossier : '))).toEqual(['n°', 'de', 'dossier']);
    expect(wordsOf('nhc/')).toEqual(['nhc']);
    expect(wordsOf('c/ s/n a/c')).toEqual(['c/', 's/n', 'a/c']);
    expect(wordsOf("l'ipp\u00a0«tel.»")).toEqual(['l', 'ipp', 'tel']);
    expect(wordsOf('')).toEqual([]);
  });

  it('agrees with the pattern definition on any text', () => {
    const alphabet = fc.constantFrom(...'ab0/ .:-\'’«\u00a0\u2003\n\téç'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join('')), (s) => {
      expect(wordsOf(s)).toEqual(reference(s));
    }));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      expect(wordsOf(s)).toEqual(reference(s));
    }));
  });
});
