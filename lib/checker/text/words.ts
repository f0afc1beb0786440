import type { LanguageCues } from '../language/detectLanguage';
import type { WordFacts } from '../lexicon/lexicons';
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
  /** What it tells of a text's language (detectLanguage); null until first asked. */
  languageCues: LanguageCues | null;
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
    languageCues: null,
  };
}

// Two generations: a word seen in the current or the previous one is kept, so a long text full of words
// seen once (a clinical note, a pasted record) evicts those, not the common words, and memory stays bounded.
// Each generation is an open-addressing table hashed from the text's code units in place, so a word seen
// before costs no string slice (no allocation, no second hashing) — this runs for every token of every check.
// Tables start small and double while at least half full, so a checker that has seen a few posts holds kilobytes,
// not the megabytes a full generation needs.
// A generation holds the vocabulary of heavy use in all five languages (clinical notes and posts together
// have some 75,000 distinct words): when it is smaller, each rotation describes most of that vocabulary again
// and looks up its facts anew, which slowed a long session's checks by a sixth. A word with its facts takes
// some 400 bytes, so a full generation is some 40 MB: the bound is for text full of new words, not for use.
const GENERATION = 100_000;
const FIRST_SLOTS = 1 << 10;
const MAX_SLOTS = 1 << 18; // a power of two over twice GENERATION: short probe runs

interface Table {
  words: Array<Word | undefined>;
  hashes: Int32Array;
  /** Slot count − 1 (a power of two − 1). */
  mask: number;
  size: number;
}
const emptyTable = (slots = FIRST_SLOTS): Table => ({
  words: new Array<Word | undefined>(slots),
  hashes: new Int32Array(slots),
  mask: slots - 1,
  size: 0,
});
let recent = emptyTable();
let previous = emptyTable();

/** FNV-1a of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function find(table: Table, hash: number, text: string, start: number, length: number): Word | undefined {
  for (let slot = hash & table.mask; ; slot = (slot + 1) & table.mask) {
    const word = table.words[slot];
    if (word === undefined) return undefined;
    if (table.hashes[slot] === hash && word.text.length === length && text.startsWith(word.text, start)) return word;
  }
}

function place(table: Table, hash: number, word: Word): void {
  let slot = hash & table.mask;
  while (table.words[slot] !== undefined) slot = (slot + 1) & table.mask;
  table.words[slot] = word;
  table.hashes[slot] = hash;
}

function insert(table: Table, hash: number, word: Word): void {
  const slots = table.mask + 1;
  if (table.size * 2 >= slots && slots < MAX_SLOTS) {
    const grown = emptyTable(slots * 2);
    for (let slot = 0; slot < slots; slot++) {
      const kept = table.words[slot];
      if (kept !== undefined) place(grown, table.hashes[slot]!, kept);
    }
    table.words = grown.words;
    table.hashes = grown.hashes;
    table.mask = grown.mask;
  }
  place(table, hash, word);
  table.size++;
}

/** The Word for text[start, end), from the cache when it was seen lately. */
export function wordIn(text: string, start: number, end: number): Word {
  const hash = hashOf(text, start, end);
  const length = end - start;
  let word = find(recent, hash, text, start, length);
  if (word !== undefined) return word;
  word = find(previous, hash, text, start, length) ?? describe(text.slice(start, end));
  if (recent.size >= GENERATION) {
    previous = recent;
    recent = emptyTable();
  }
  insert(recent, hash, word);
  return word;
}

/** The Word for this text, from the cache when it was seen lately. */
export const wordOf = (text: string): Word => wordIn(text, 0, text.length);
