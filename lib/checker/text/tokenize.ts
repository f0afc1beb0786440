import { foldKey } from './foldKey';

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
} as const;

/** Separators that still let two words form one phrase ("heart attack", "by-pass", "d'urgence"). */
export const PHRASE_JOIN = SEP.SPACE | SEP.HYPHEN | SEP.APOSTROPHE;

export interface Token {
  /** Offsets into the text that was tokenised (normalised text), end exclusive. */
  start: number;
  end: number;
  text: string;
  /** foldKey(text): the lookup key. */
  key: string;
  isNumber: boolean;
  /** First letter upper case ("Smith", "SMITH"). */
  cap: boolean;
  /** Two or more letters, all upper case ("SMITH", "IPP"). */
  upper: boolean;
  /** SEP flags of the characters between the previous token and this one. */
  sep: number;
}

// Words are letters with their combining marks; numbers are digit runs. Everything else separates,
// including the ordinal indicators º and ª, which Unicode counts as letters ("Nº12", "1ª planta"): words
// that contain one are split there (rare, so the common pattern stays simple and fast).
export const TOKEN_PATTERN = /\p{L}[\p{L}\p{M}]*|\p{Nd}+/gu;
const ORDINAL = /[ºª]/;
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
};

function separators(text: string, from: number, to: number): number {
  let flags = 0;
  for (let i = from; i < to; i++) flags |= SEP_OF[text[i]!] ?? SEP.OTHER;
  return flags;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const push = (word: string, start: number) => {
    const first = word[0]!;
    const isNumber = (first >= '0' && first <= '9') || (first > '\u007f' && /\p{Nd}/u.test(first));
    const lower = word.toLowerCase();
    const cap = !isNumber && first !== lower[0];
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: foldKey(word),
      isNumber,
      cap,
      upper: cap && word.length > 1 && word === word.toUpperCase() && word !== lower,
      sep: separators(text, previousEnd, start),
    });
    previousEnd = start + word.length;
  };
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    if (!ORDINAL.test(m[0])) {
      push(m[0], m.index);
      continue;
    }
    let at = m.index;
    for (const part of m[0].split(ORDINAL)) {
      if (part && /^\p{L}/u.test(part)) push(part, at);
      at += part.length + 1;
    }
  }
  return tokens;
}
