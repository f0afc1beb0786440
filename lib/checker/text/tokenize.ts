import { wordIn, wordOf, type Word } from './words';

/** What separates a token from the one before it (bit flags, several can be set). */
export const SEP = {
  SPACE: 1,
  NEWLINE: 2,
  /** "." */
  PERIOD: 4,
  /** "!" "?" "…" */
  STOP: 8,
  /** "," ";" */
  COMMA: 16,
  COLON: 32,
  HYPHEN: 64,
  APOSTROPHE: 128,
  SLASH: 256,
  /** brackets, quotes, symbols, emoji */
  OTHER: 512,
  /** "&", which is also OTHER: it joins the letters of "L&D" and "A&E" into one phrase. */
  AMPERSAND: 1024,
} as const;

/** Separators that still let two words form one phrase ("heart attack", "by-pass", "d'urgence"). */
export const PHRASE_JOIN = SEP.SPACE | SEP.HYPHEN | SEP.APOSTROPHE;

/**
 * One word or number of a text: where it is, what separates it from the one before, and its Word. What
 * depends on the word alone is read from the Word, not copied into every token: a long text makes one
 * token per word, so a smaller token means less to allocate and collect on every check.
 */
export class Token {
  constructor(
    /** Offsets into the text that was tokenised (normalised text), end exclusive. */
    readonly start: number,
    readonly end: number,
    /** SEP flags of the characters between the previous token and this one. */
    readonly sep: number,
    /** The distinct word, with what the lexicons know of it. */
    readonly word: Word,
  ) {}
  get text(): string {
    return this.word.text;
  }
  /** foldKey(text): the lookup key. */
  get key(): string {
    return this.word.key;
  }
  get isNumber(): boolean {
    return this.word.isNumber;
  }
  /** First letter upper case ("Smith", "SMITH"). */
  get cap(): boolean {
    return this.word.cap;
  }
  /** Two or more letters, all upper case ("SMITH", "IPP"). */
  get upper(): boolean {
    return this.word.upper;
  }
}

// Words are letters with their combining marks; numbers are digit runs. Everything else separates,
// including the ordinal indicators º and ª, which Unicode counts as letters ("Nº12", "1ª planta"): words
// that contain one are split there (rare, so the common path stays simple and fast).
// The scan below reads the text as this pattern does, code point by code point, with the character
// classes looked up in a table filled on first sight: it runs on every keystroke, and a regular
// expression with Unicode properties costs several times more per character.
export const TOKEN_PATTERN = /\p{L}[\p{L}\p{M}]*|\p{Nd}+/gu;
const ORDINAL = /[ºª]/;
const STARTS_WITH_LETTER = /^\p{L}/u;
const isOrdinal = (c: number) => c === 0xba || c === 0xaa;

const SEP_OF: Record<string, number> = {
  ' ': SEP.SPACE,
  '\t': SEP.SPACE,
  '\u00a0': SEP.SPACE,
  '\n': SEP.NEWLINE,
  '\r': SEP.NEWLINE,
  '.': SEP.PERIOD,
  '!': SEP.STOP,
  '?': SEP.STOP,
  '…': SEP.STOP,
  ',': SEP.COMMA,
  ';': SEP.COMMA,
  ':': SEP.COLON,
  '-': SEP.HYPHEN,
  "'": SEP.APOSTROPHE,
  '’': SEP.APOSTROPHE,
  '/': SEP.SLASH,
  '&': SEP.OTHER | SEP.AMPERSAND,
};
const ASCII_SEP = new Uint16Array(128).fill(SEP.OTHER);
const OTHER_SEP = new Map<number, number>();
for (const [ch, flag] of Object.entries(SEP_OF)) {
  const code = ch.charCodeAt(0);
  if (code < 128) ASCII_SEP[code] = flag;
  else OTHER_SEP.set(code, flag);
}

function separators(text: string, from: number, to: number): number {
  let flags = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    flags |= c < 128 ? ASCII_SEP[c]! : (OTHER_SEP.get(c) ?? SEP.OTHER);
  }
  return flags;
}

/** Character classes of TOKEN_PATTERN; 0 is "not looked up yet". */
const OTHER = 1;
const LETTER = 2;
const MARK = 3;
const DIGIT = 4;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_DIGIT = /^\p{Nd}$/u;
const classify = (ch: string) => (IS_LETTER.test(ch) ? LETTER : IS_MARK.test(ch) ? MARK : IS_DIGIT.test(ch) ? DIGIT : OTHER);
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The class of the code point at i (a lone surrogate is OTHER, as for the pattern). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c)) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = ASTRAL_CLASS.get(cp);
      if (k === undefined) ASTRAL_CLASS.set(cp, (k = classify(String.fromCodePoint(cp))));
      return k;
    }
  }
  let k = BMP_CLASS[c]!;
  if (k === 0) BMP_CLASS[c] = k = classify(String.fromCharCode(c));
  return k;
}

/** Code units taken by the code point at i, once it is known to be a letter, mark or digit. */
const widthAt = (text: string, i: number) => (isHighSurrogate(text.charCodeAt(i)) ? 2 : 1);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const push = (word: Word, start: number) => {
    tokens.push(new Token(start, start + word.text.length, separators(text, previousEnd, start), word));
    previousEnd = start + word.text.length;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    if (k === OTHER) {
      i++;
      continue;
    }
    const start = i;
    if (k === DIGIT) {
      i += widthAt(text, i);
      while (i < n && classAt(text, i) === DIGIT) i += widthAt(text, i);
      push(wordIn(text, start, i), start);
      continue;
    }
    if (k === MARK) {
      i += widthAt(text, i);
      continue;
    }
    let ordinal = false;
    for (let kind = k; kind === LETTER || kind === MARK; kind = i < n ? classAt(text, i) : OTHER) {
      ordinal ||= isOrdinal(text.charCodeAt(i));
      i += widthAt(text, i);
    }
    if (!ordinal) {
      push(wordIn(text, start, i), start);
      continue;
    }
    let at = start;
    for (const part of text.slice(start, i).split(ORDINAL)) {
      if (part && STARTS_WITH_LETTER.test(part)) push(wordOf(part), at);
      at += part.length + 1;
    }
  }
  return tokens;
}
