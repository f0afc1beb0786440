import type { Lang } from './types';

/**
 * Label words ("MRN", "NHC", "n° de dossier", "Tél.") that say what the number after them is.
 * A label counts when it is the nearest thing before the number: it must sit in the LOOKBACK
 * characters before it with no other digit in between, so in "NHC: 368503. NASS: 26 63514095" the
 * second number belongs to "NASS", not to "NHC".
 *
 * Labels and text are compared folded — compatibility-decomposed, without accents, lower-case,
 * Turkish dotless ı as i — so "Número", "numero", "NÚMERO" and "Nº"/"no" all meet.
 */
const LOOKBACK = 40;

const NON_ASCII = /[^ -~\s]/;
export function foldForMatching(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');
}

const ASCII_SEPARATORS = '.:;,!?()[]{}=#"\'-';
const OTHER_SEPARATORS = new Set([...'«»“”’'].map((c) => c.charCodeAt(0)));
const SEPARATES = new Uint8Array(128);
for (const c of ASCII_SEPARATORS) SEPARATES[c.charCodeAt(0)] = 1;
for (const c of [9, 10, 11, 12, 13, 32]) SEPARATES[c] = 1;
// The white space of /\s/.
const isOtherSpace = (c: number) =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isSeparator = (c: number) => (c < 128 ? SEPARATES[c] === 1 : OTHER_SEPARATORS.has(c) || isOtherSpace(c));
const isAsciiLowerOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const SLASH = 47;
/**
 * Characters whose folding (foldForMatching) never makes or unmakes a separator: ASCII, Latin letters with
 * diacritics, º ª °, and the separators themselves. Not a slash: whether it separates depends on the case of
 * the letters before it once folded.
 */
const foldsInPlace = (c: number) =>
  c < 128 ? c !== SLASH : (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7) || c === 0xba || c === 0xaa || c === 0xb0 || isSeparator(c);

/**
 * The words of folded text. Spaces and the punctuation around labels ("Tél.:", "N° de dossier :", "l'IPP",
 * "n . o") separate words; so does a slash after a word ("nhc/19453"), but not in abbreviations such as
 * "c/", "s/n", "a/c". A scan rather than a split on a pattern: it runs on the text before every number of
 * every check, where regular-expression passes cost several times more.
 */
/** Does the character at i separate words (wordsOf)? */
function isWordSeparator(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isSeparator(c) || (c === SLASH && i >= 2 && isAsciiLowerOrDigit(text.charCodeAt(i - 1)) && isAsciiLowerOrDigit(text.charCodeAt(i - 2)));
}

export function wordsOf(folded: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const separates = i === folded.length || isWordSeparator(folded, i);
    if (!separates) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(folded.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/**
 * Short words that may stand between a label and its number: "l'IPP est 123", "NDA n° 123",
 * "call me on 555…", "contacter au 01…". Anything else in between (a verb, a year, "for") and the
 * label is about something else.
 */
const FILLERS = new Set(
  ['is', 'was', 'are', 'est', 'etait', 'etant', 'es', 'era', 'e', 'olan', 'le', 'la', 'el', 'il', 'lo', 'the', 'de', 'del', 'di', 'du', 'des', 'of',
    'on', 'at', 'to', 'au', 'al', 'a', 'en', 'in', 'sous', 'no', 'n', 'o', 'n°', 'nr', 'num', 'number', 'numero', 'numara', 'numarasi', 'id', 'code'],
);
const MAX_FILLERS = 3;

/**
 * Label phrases matched word by word — no regular expression, so nothing can backtrack, and whole
 * words only ("lic" never matches inside "public"). Words of all languages are in one set (a post's
 * language can be guessed wrong).
 */
export class LabelSet {
  private readonly phrases: Set<string>;
  /** The last word of every phrase: most windows end with none of them and are rejected at once. */
  private readonly lastWords: Set<string>;
  private readonly longest: number;

  constructor(
    words: Partial<Record<Lang, readonly string[]>>,
    /** When true the label may be anywhere in the text tested; otherwise it must end it (see test). */
    private readonly anywhere = false,
  ) {
    const phrases = Object.values(words)
      .flat()
      .map((w) => wordsOf(foldForMatching(w)));
    this.phrases = new Set(phrases.map((p) => p.join(' ')));
    this.lastWords = new Set(phrases.map((p) => p[p.length - 1]!));
    this.longest = Math.max(...phrases.map((p) => p.length));
  }

  /** Can a window whose last word is this one hold a label of the set (test)? Folded word; false means test would be false. */
  mayEndWith(word: string): boolean {
    return this.lastWords.has(word) || (!this.anywhere && FILLERS.has(word));
  }

  private endsWithPhrase(words: readonly string[], end: number): boolean {
    if (!this.lastWords.has(words[end - 1]!)) return false;
    let phrase = words[end - 1]!;
    for (let k = 1; k <= this.longest && k <= end; k++) {
      if (k > 1) phrase = `${words[end - k]} ${phrase}`;
      if (this.phrases.has(phrase)) return true;
    }
    return false;
  }

  /**
   * True when the words (of a LabelWindows window) hold a label: anywhere, or — for the window right
   * before a number — at its end, followed only by punctuation and at most MAX_FILLERS filler words.
   */
  test(words: readonly string[]): boolean {
    if (this.anywhere) {
      for (let end = words.length; end > 0; end--) if (this.endsWithPhrase(words, end)) return true;
      return false;
    }
    for (let fillers = 0; fillers <= MAX_FILLERS && fillers < words.length; fillers++) {
      if (fillers > 0 && !FILLERS.has(words[words.length - fillers]!)) break;
      if (this.endsWithPhrase(words, words.length - fillers)) return true;
    }
    return false;
  }
}

/** Words that continue a list of numbers ("nos 28309/06 et 48102/06", "MRN 1234, 5678"): the label before the list counts. */
const CONNECTOR_WORDS = ['and', 'or', 'et', 'ou', 'y', 'o', 'e', 've', 'veya'];
const LIST_CONNECTOR = new RegExp(`^(?:\\s*[,;&]\\s+|\\s+(?:${CONNECTOR_WORDS.join('|')})\\s+)$`, 'i');
const CONNECTOR_KEYS = new Set(CONNECTOR_WORDS);
const MAX_LIST_ITEMS = 6;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isNumberChar = (c: number) => isDigit(c) || c === 32 || c === 46 || c === 47 || c === 45;

/**
 * Folded text before each offset, up to `lookback` characters and cut after the last digit (unless
 * `acrossDigits`, for labels that may precede other numbers, like a street before a postcode), or
 * — when only a list connector separates the offset from the previous number — the text before that
 * list; computed once per offset.
 */
export class LabelWindows {
  private readonly windows = new Map<number, readonly string[]>();
  constructor(
    private readonly text: string,
    private readonly lookback = LOOKBACK,
    private readonly acrossDigits = false,
  ) {}

  /** The words of the window before the offset, folded. */
  before(offset: number): readonly string[] {
    let words = this.windows.get(offset);
    if (words === undefined) {
      const from = Math.max(0, offset - this.lookback);
      words = wordsOf(foldForMatching(this.acrossDigits ? this.text.slice(from, offset) : this.nearest(offset, MAX_LIST_ITEMS)));
      this.windows.set(offset, words);
    }
    return words;
  }

  /**
   * The last word of the window before the offset (before), folded, or '' when the window has none — told
   * from the few characters before the offset, without folding and splitting the window. Undefined when
   * that is not enough: a character whose folding may change the words (foldsInPlace), a digit right
   * before (the offset may continue a list), or a word that may join a list ("1234 and 5678").
   */
  lastWord(offset: number): string | undefined {
    if (this.acrossDigits) return undefined;
    const { text } = this;
    const from = Math.max(0, offset - this.lookback);
    let end = offset;
    while (end > from && isWordSeparator(text, end - 1)) {
      if (!foldsInPlace(text.charCodeAt(end - 1))) return undefined;
      end--;
    }
    let start = end;
    while (start > from && !isWordSeparator(text, start - 1)) {
      const c = text.charCodeAt(start - 1);
      if (!foldsInPlace(c)) return undefined;
      if (isDigit(c)) break;
      start--;
    }
    // Whether a slash splits depends on what stands before it, which the window may have cut off at a digit ("a1/a").
    if (start > from && text.charCodeAt(start - 1) === SLASH) return undefined;
    if (start === end) return start > from && isDigit(text.charCodeAt(start - 1)) ? undefined : '';
    const word = foldForMatching(text.slice(start, end));
    return CONNECTOR_KEYS.has(word) ? undefined : word;
  }

  /** The text between the offset and the digit before it, or before the list it continues. */
  private nearest(offset: number, listItems: number): string {
    const { text } = this;
    const from = Math.max(0, offset - this.lookback);
    let lastDigit = -1;
    for (let i = offset - 1; i >= from; i--) {
      if (isDigit(text.charCodeAt(i))) {
        lastDigit = i;
        break;
      }
    }
    const window = text.slice(lastDigit + 1 || from, offset);
    if (lastDigit === -1 || listItems === 0 || !LIST_CONNECTOR.test(window)) return window;
    let itemStart = lastDigit;
    while (itemStart > 0 && isNumberChar(text.charCodeAt(itemStart - 1))) itemStart--;
    // The space after a comma belongs to the connector, not to the item: "n° 53, 773, 774".
    while (text.charCodeAt(itemStart) === 32) itemStart++;
    return this.nearest(itemStart, listItems - 1);
  }
}
