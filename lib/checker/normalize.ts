import type { NormalizedText } from './detector';

/**
 * Folds the look-alikes people use (knowingly or not) to write numbers, so that detectors can match
 * plain ASCII: every Unicode decimal digit and full-width ASCII character to ASCII, every dash and
 * minus sign to "-", every Unicode space to " "; removes zero-width characters; turns emoji and
 * symbols sitting between digits into one space. Everything else, case included, is kept.
 *
 * It runs on every keystroke, so it is one linear pass over UTF-16 code units, and text that needs
 * no folding (most posts) comes back as is with an identity mapping.
 */
export function normalize(original: string): NormalizedText {
  if (!needsFolding(original)) return identity(original);
  return fold(original);
}

/**
 * The code points that are the digit zero of a run of Unicode decimal digits (General Category Nd,
 * Unicode 16). Nd digits always come in contiguous runs of ten (the mathematical digits are five
 * runs back to back), so a digit's value is its distance from the zero of its run.
 */
const ND_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0,
  0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0, 0x116da, 0x11730, 0x118e0, 0x11950, 0x11bf0,
  0x11c50, 0x11d50, 0x11da0, 0x11de0, 0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce,
  0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];
const DIGIT_VALUE = new Map<number, number>();
for (const zero of ND_ZEROS) for (let d = 0; d < 10; d++) DIGIT_VALUE.set(zero + d, d);

/** Dash punctuation (Pd) and the minus signs, all read as "-". */
const DASHES = new Set([
  0x58a, 0x5be, 0x1400, 0x1806, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0x207b, 0x208b,
  0x2796, 0x2e17, 0x2e1a, 0x2e3a, 0x2e3b, 0x2e40, 0x2e5d, 0x301c, 0x3030, 0x30a0, 0xfe31, 0xfe32, 0xfe58, 0xfe63,
  0x10d6e, 0x10ead,
]);

/** Unicode spaces (Zs) other than the ASCII one: no-break, thin, narrow no-break (French "06 12"), ideographic. */
const SPACES = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f,
  0x205f, 0x3000,
]);

/**
 * Characters that change nothing a reader sees and are removed: soft hyphen, Mongolian vowel
 * separator, zero-width space/non-joiner/joiner, word joiner, invisible operators, the enclosing
 * keycap (so "1️⃣2️⃣" reads "12"), byte-order mark, variation selectors.
 */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200d) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0x20e3 ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Emoji, pictographs, arrows, bullets and other non-letter symbols that people put between digits. */
function isSymbol(cp: number): boolean {
  return (
    (cp >= 0xa1 && cp <= 0xbf) ||
    cp === 0xd7 ||
    cp === 0xf7 ||
    (cp >= 0x2016 && cp <= 0x2bff) ||
    (cp >= 0x3001 && cp <= 0x303f) ||
    (cp >= 0xfe10 && cp <= 0xfe6f) ||
    (cp >= 0x1f000 && cp <= 0x1faff)
  );
}

/** Latin letters with diacritics (Latin-1 Supplement and Latin Extended-A/B) never need folding. */
const isPlainLatin = (c: number) => c < 0x80 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * True when fold would change the text. Curly quotes, ellipses and emoji are common in posts and are
 * kept unless they stand between digits, so most texts that have them need no folding pass at all.
 */
export function needsFolding(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isPlainLatin(text.charCodeAt(i))) continue;
    const cp = codePointAt(text, i);
    if (foldCodePoint(cp) !== cp) return true;
    // Until the first change the folded text is the text itself, so fold's test of what it emitted reads the same here.
    if (isSymbol(cp) && digitBefore(text, i) !== -1 && digitAfterSeparators(text, i) !== -1) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** Where the run of at most two spaces before `end` starts when a digit comes right before it, else -1. */
function digitBefore(units: { readonly [k: number]: number } | string, end: number): number {
  const at = typeof units === 'string' ? (k: number) => units.charCodeAt(k) : (k: number) => units[k]!;
  let k = end - 1;
  while (k >= 0 && at(k) === SPACE && end - k <= 3) k--;
  return k >= 0 && isAsciiDigit(at(k)) ? k + 1 : -1;
}

function identity(text: string): NormalizedText {
  const length = text.length;
  return { original: text, text, toOriginal: (offset) => (offset < 0 ? 0 : offset > length ? length : offset) };
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
const SPACE = 0x20;
/** How far a run of symbols between two digits may reach (code units); longer runs are kept as text. */
const MAX_SEPARATOR_RUN = 16;

/** The ASCII code a code point folds to, -1 when it is removed, or the code point itself. */
function foldCodePoint(cp: number): number {
  if (cp < 0x80) return cp;
  if (isInvisible(cp)) return -1;
  const digit = DIGIT_VALUE.get(cp);
  if (digit !== undefined) return 0x30 + digit;
  if (cp >= 0xff01 && cp <= 0xff5e) return cp - 0xfee0;
  if (DASHES.has(cp)) return 0x2d;
  if (SPACES.has(cp)) return SPACE;
  return cp;
}

function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * True when a digit comes after the run of symbols, spaces and invisible characters starting at
 * `from`, within MAX_SEPARATOR_RUN code units; returns where that digit starts, or -1.
 */
function digitAfterSeparators(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_SEPARATOR_RUN);
  for (let i = from; i < limit; ) {
    const cp = codePointAt(text, i);
    const folded = foldCodePoint(cp);
    if (isAsciiDigit(folded)) return i;
    if (folded !== -1 && folded !== SPACE && !isSymbol(cp)) return -1;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

export function fold(original: string): NormalizedText {
  const n = original.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let o = 0;
  const emit = (code: number, from: number) => {
    out[o] = code;
    map[o++] = from;
  };

  for (let i = 0; i < n; ) {
    const cp = codePointAt(original, i);
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded === -1) {
      i += width;
      continue;
    }
    if (folded === cp && cp >= 0x80 && isSymbol(cp)) {
      // The last emitted unit is a digit, maybe followed by spaces that the separator absorbs.
      const keepUpTo = digitBefore(out, o);
      const next = keepUpTo === -1 ? -1 : digitAfterSeparators(original, i);
      if (next !== -1) {
        o = keepUpTo;
        emit(SPACE, i);
        i = next;
        continue;
      }
    }
    if (folded === cp && width === 2) {
      emit(original.charCodeAt(i), i);
      emit(original.charCodeAt(i + 1), i + 1);
    } else {
      emit(folded, i);
    }
    i += width;
  }
  map[o] = n;
  const text = fromCodes(out, o);
  return { original, text, toOriginal: (offset) => map[offset < 0 ? 0 : offset > o ? o : offset]! };
}

/** Builds a string from UTF-16 units without touching lone surrogates (TextDecoder would replace them). */
function fromCodes(codes: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let s = '';
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return s;
}
