import type { WordFacts } from '../lexicon/lexicons';
import type { Lang } from '../types';
import { foldKey } from './foldKey';

/**
 * What one distinct word is, worked out once however often it occurs: its lookup key and case, and
 * the facts the lexicons and name lists attach to it on first use (Lexicon.factsOf). A long
 * text repeats most of its words, so each token costs one Map lookup instead of case folding, accent
 * removal and a dozen Set lookups.
 */
export interface Word {
  readonly text: string;
  /** foldKey(text): the lookup key. */
  readonly key: string;
  readonly isNumber: boolean;
  /** First letter upper case ("Smith", "SMITH"). */
  readonly cap: boolean;
  /** Two or more letters, all upper case ("SMITH", "IPP"). */
  readonly upper: boolean;
  /** What each language's lexicon says of it (Lexicon.factsOf), by the language's index in LANGS. */
  readonly facts: Array<WordFacts | undefined>;
  /** The languages that have it as a stop word (detectLanguage); null until first asked. */
  stopwordLangs: readonly Lang[] | null;
}

function describe(text: string): Word {
  const first = text[0]!;
  const isNumber = (first >= '0' && first <= '9') || (first > '\u007f' && /\p{Nd}/u.test(first));
  const lower = text.toLowerCase();
  const cap = !isNumber && first !== lower[0];
  return {
    text,
    key: foldKey(text),
    isNumber,
    cap,
    upper: cap && text.length > 1 && text === text.toUpperCase() && text !== lower,
    facts: [],
    stopwordLangs: null,
  };
}

// Two generations: a word seen in the current or the previous one is kept, so a long text full of words
// seen once (a clinical note, a pasted record) evicts those, not the common words, and memory stays bounded.
const GENERATION = 50_000;
let recent = new Map<string, Word>();
let previous = new Map<string, Word>();

/** The Word for this text, from the cache when it was seen lately. */
export function wordOf(text: string): Word {
  let word = recent.get(text);
  if (word !== undefined) return word;
  word = previous.get(text) ?? describe(text);
  if (recent.size >= GENERATION) {
    previous = recent;
    recent = new Map();
  }
  recent.set(text, word);
  return word;
}
