import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatching, LabelSet, LabelWindows, wordsOf } from '../../../lib/checker/labelWords';

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

describe('LabelWindows.lastWord', () => {
  // The alphabet mixes what lastWord reads in place (ASCII, accented letters, º °, separators) with what it
  // must leave to the full window (a slash, a digit, "…", which folds into periods, "ﬁ", which folds into two letters).
  const alphabet = fc.constantFrom(...'aBcN o é Ç º°-.:,\'’«\u00a0/1…ﬁ'.split(''), 'and ', ' de ', 'no ', 'MRN ', 'İ');
  const text = fc.array(alphabet, { maxLength: 24 }).map((cs) => `${cs.join('')}123`);

  it('is the last word of the window whenever it is told', () => {
    let told = 0;
    fc.assert(fc.property(text, (t) => {
      const offset = t.length - 3;
      const last = new LabelWindows(t).lastWord(offset);
      if (last === undefined) return;
      told++;
      expect(last).toBe(new LabelWindows(t).before(offset).at(-1) ?? '');
    }), { numRuns: 2000 });
    expect(told).toBeGreaterThan(500);
  });

  it('is left to the window where a list may continue or folding may split words', () => {
    const windows = new LabelWindows('MRN 1234 and 5678, 90 c/ 12 x…y 7');
    expect(windows.lastWord('MRN 1234 and '.length)).toBeUndefined();
    expect(windows.lastWord('MRN 1234 and 5678, '.length)).toBeUndefined();
    expect(windows.lastWord('MRN 1234 and 5678, 90 c/ '.length)).toBeUndefined();
    expect(windows.lastWord('MRN 1234 and 5678, 90 c/ 12 x…y '.length)).toBeUndefined();
    expect(new LabelWindows('Nº de dossier : 12').lastWord('Nº de dossier : '.length)).toBe('dossier');
    expect(new LabelWindows(': 12').lastWord(2)).toBe('');
    // The window starts after the "1": whether the slash splits "a1/mrn" is not the text's to tell.
    expect(new LabelWindows('a1/mrn 4471').lastWord('a1/mrn '.length)).toBeUndefined();
  });
});

describe('LabelSet.mayEndWith', () => {
  const labels = new LabelSet({ en: ['MRN', 'medical record number'], fr: ['n° de dossier'] });
  it('is false only where the window cannot hold a label', () => {
    expect(labels.mayEndWith('mrn')).toBe(true);
    expect(labels.mayEndWith('number')).toBe(true);
    expect(labels.mayEndWith('dossier')).toBe(true);
    // A filler may stand between the label and the number: "MRN is 1234".
    expect(labels.mayEndWith('is')).toBe(true);
    expect(labels.mayEndWith('record')).toBe(false);
    expect(labels.mayEndWith('')).toBe(false);
    for (const window of ['mrn', 'medical record number is', 'n° de dossier', 'record', 'dossier de', '']) {
      const words = wordsOf(foldForMatching(window));
      if (!labels.mayEndWith(words.at(-1) ?? '')) expect(labels.test(words)).toBe(false);
    }
  });
});
