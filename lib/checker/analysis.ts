import { lexiconFor, names, WORD, type Lexicon, type NameLists } from './lexicon/lexicons';
import type { PhraseHit } from './lexicon/phraseMatcher';
import { TAG } from './lexicon/tags';
import { SEP, type Token } from './text/tokenize';
import type { Lang } from './types';

/**
 * A text prepared once for every word-based detector: its tokens, the lexicon phrases found in them,
 * and sentence numbers. Offsets are into the normalised text.
 */
export interface Analysis {
  text: string;
  lang: Lang;
  tokens: Token[];
  hits: PhraseHit[];
  /** Per token: tags of every phrase that covers it. */
  tags: Uint32Array;
  /** Per token: tags of the phrases that start at it. */
  startTags: Uint32Array;
  /** hits[hitIndex[i] .. hitIndex[i + 1]) are the phrases that start at token i (hits are in token order). */
  hitIndex: Uint32Array;
  /** Per token: sentence number (a new one after . ! ? or a line break). */
  sentence: Uint32Array;
  /** Per sentence: tags of every phrase in it. */
  sentenceTags: Uint32Array;
  /** Per token: what the word lists say of its word (WORD flags: a listed first name, a stop word…). */
  wordFlags: Uint32Array;
  lexicon: Lexicon;
  names: NameLists;
}

export function analyze(text: string, tokens: Token[], lang: Lang): Analysis {
  const lexicon = lexiconFor(lang);
  const wordFlags = new Uint32Array(tokens.length);
  const tags = new Uint32Array(tokens.length);
  const startTags = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    wordFlags[i] = lexicon.factsOf(tokens[i]!.word).flags;
    // A one-word stop word is tagged from its word's flags, not as a phrase hit (lexicons.ts).
    if (wordFlags[i]! & WORD.STOPWORD) tags[i] = startTags[i] = TAG.STOPWORD;
  }
  const hits = lexicon.phrases.match(tokens, (t) => lexicon.factsOf(t.word).starts);
  for (const hit of hits) {
    startTags[hit.first]! |= hit.tags;
    for (let i = hit.first; i < hit.end; i++) tags[i]! |= hit.tags;
  }
  const hitIndex = new Uint32Array(tokens.length + 1);
  for (const hit of hits) hitIndex[hit.first + 1]!++;
  for (let i = 1; i <= tokens.length; i++) hitIndex[i]! += hitIndex[i - 1]!;
  const sentence = new Uint32Array(tokens.length);
  let current = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (endsSentence(tokens, tags, i)) current++;
    sentence[i] = current;
  }
  const sentenceTags = new Uint32Array(current + 1);
  for (let i = 0; i < tokens.length; i++) sentenceTags[sentence[i]!]! |= tags[i]!;
  return { text, lang, tokens, hits, tags, startTags, hitIndex, sentence, sentenceTags, wordFlags, lexicon, names: names() };
}

/** True when a sentence ends between token i-1 and token i. */
function endsSentence(tokens: readonly Token[], tags: Uint32Array, i: number): boolean {
  const sep = tokens[i]!.sep;
  if (sep & (SEP.NEWLINE | SEP.STOP)) return true;
  if (!(sep & SEP.PERIOD)) return false;
  // "Dr. Smith", "J. Smith", "Sr. García": the period closes an abbreviation, not the sentence.
  const previous = tokens[i - 1]!;
  return !(previous.text.length === 1 || tags[i - 1]! & TAG.TITLE);
}

/** Does token i start its sentence? */
export function startsSentence(a: Analysis, i: number): boolean {
  return i === 0 || a.sentence[i] !== a.sentence[i - 1];
}

/** The index of the token that contains the offset (or the first one after it). */
export function tokenAt(a: Analysis, offset: number): number {
  let low = 0;
  let high = a.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (a.tokens[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Does the sentence of token i contain a phrase with `tag`? */
export function sentenceHas(a: Analysis, i: number, tag: number): boolean {
  return (a.sentenceTags[a.sentence[i]!]! & tag) !== 0;
}
