import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, needsFolding, normalize } from '../../../lib/checker/normalize';

/** Offsets of the original that each character of the normalised text comes from. */
const origins = (s: string) => {
  const n = normalize(s);
  return [...Array(n.text.length + 1).keys()].map((i) => n.toOriginal(i));
};

describe('normalize', () => {
  it('returns text that needs nothing unchanged, with offsets as they are', () => {
    const text = 'Rendez-vous lundi à 14h, señora Núñez, çok teşekkürler: 06 12 34 56 78';
    const n = normalize(text);
    expect(n.text).toBe(text);
    expect([0, 5, text.length, text.length + 3, -1].map(n.toOriginal)).toEqual([0, 5, text.length, text.length, 0]);
  });

  it.each([
    ['full-width', '０６ １２ ３４', '06 12 34'],
    ['Arabic-Indic', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Eastern Arabic-Indic', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['Devanagari', '०१२३४५६७८९', '0123456789'],
    ['Bengali', '০১২৩৪৫৬৭৮৯', '0123456789'],
    ['Thai', '๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['mathematical bold', '𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗', '0123456789'],
    ['mathematical monospace', '𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿', '0123456789'],
    ['full-width letters', 'ＭＲＮ：１２３', 'MRN:123'],
  ])('folds %s digits to ASCII', (_, text, folded) => {
    expect(normalize(text).text).toBe(folded);
  });

  it('folds every Unicode decimal digit to the ASCII digit of the same value', () => {
    for (let cp = 0x80; cp <= 0x1ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!/\p{Nd}/u.test(ch)) continue;
      // Unicode encodes decimal digits in runs of whole tens, each from 0 to 9.
      let runStart = cp;
      while (/\p{Nd}/u.test(String.fromCodePoint(runStart - 1))) runStart--;
      expect({ cp: cp.toString(16), folded: normalize(ch).text }).toEqual({ cp: cp.toString(16), folded: String((cp - runStart) % 10) });
    }
  });

  it('reads every dash and minus sign as "-" and every Unicode space as " "', () => {
    expect(normalize('123‐45‑6789 – 12—34 − 5 ﹣6 －7').text).toBe('123-45-6789 - 12-34 - 5 -6 -7');
    expect(normalize('06\u00a012\u202f34\u200956\u300078').text).toBe('06 12 34 56 78');
  });

  it('removes zero-width characters, soft hyphens, variation selectors and keycaps', () => {
    expect(normalize('1\u200b2\u200c3\u200d4\u20605\ufeff6\u00ad7').text).toBe('1234567');
    expect(normalize('1️⃣2️⃣3️⃣').text).toBe('123');
    expect(normalize('4\udb40\udd00').text).toBe('4');
  });

  it('turns emoji and symbols between digits into one space, and keeps them elsewhere', () => {
    expect(normalize('555📞123•4567').text).toBe('555 123 4567');
    expect(normalize('06 ☎️ 12 ✨ 34').text).toBe('06 12 34');
    expect(normalize('Great day 😀 see you').text).toBe('Great day 😀 see you');
    expect(normalize('room 4 😀 ok').text).toBe('room 4 😀 ok');
  });

  it('maps offsets back to UTF-16 offsets of the original', () => {
    const text = 'NHS 𝟗𝟒𝟑 ४७६\u200b5919';
    const n = normalize(text);
    expect(n.text).toBe('NHS 943 4765919');
    const start = n.text.indexOf('943');
    expect(text.slice(n.toOriginal(start), n.toOriginal(n.text.length))).toBe('𝟗𝟒𝟑 ४७६\u200b5919');
    expect(origins('a𝟏b')).toEqual([0, 1, 3, 4]);
    expect(origins('1\u200b2')).toEqual([0, 2, 3]);
  });

  it('keeps lone surrogates as they are', () => {
    expect(normalize('x\ud800y\udc00z').text).toBe('x\ud800y\udc00z');
  });

  const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff })).map((codes) => String.fromCharCode(...codes));
  const tricky = fc
    .array(fc.constantFrom('1', '٣', '𝟕', '\u200b', '😀', '️', '⃣', '–', ' ', '\u00a0', 'a', 'é', '\ud800', '\udc00', '.'))
    .map((parts) => parts.join(''));

  it('never throws, and maps offsets monotonically into the original', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, tricky, fc.string()), (text) => {
        const n = normalize(text);
        let previous = 0;
        for (let i = 0; i <= n.text.length; i++) {
          const o = n.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(previous);
          expect(o).toBeLessThanOrEqual(text.length);
          previous = o;
        }
        expect(n.toOriginal(n.text.length)).toBe(text.length);
        expect(n.text.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('skips the folding pass only when it would change nothing', () => {
    expect(needsFolding('l’hôpital “ouvert” … 😀 ok')).toBe(false);
    expect(needsFolding('call 555 ✆ 0100')).toBe(true);
    expect(needsFolding('room 12 😀 tonight')).toBe(false);
    const withSymbols = fc
      .array(fc.constantFrom('1', ' ', '’', '“', '…', '😀', '✓', 'a', '\u00a0', '\u200b', '٣', '–'))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(withSymbols, anyUnits), (text) => {
        expect(needsFolding(text)).toBe(fold(text).text !== text);
      }),
      { numRuns: 1000 },
    );
  });

  it('handles a 1 MB paste', () => {
    const text = '٠١٢📞٣٤ \u200b abc é 𝟗 – '.repeat(50_000);
    const n = normalize(text);
    expect(n.toOriginal(n.text.length)).toBe(text.length);
    expect(n.text.startsWith('012 34  abc é 9 - ')).toBe(true);
  }, 60_000);
});
