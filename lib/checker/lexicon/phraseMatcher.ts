import { PHRASE_JOIN, SEP, tokenize, type Token } from '../text/tokenize';

/**
 * Finds lexicon phrases in a token stream in one pass: each token's key is looked up in a Map of
 * phrases that start with it, so the cost does not grow with the number of terms. A phrase whose
 * last word ends in "*" matches that word as a stem followed by up to MAX_SUFFIX letters
 * ("ameliyat*" → "ameliyatı", "ameliyatınız"); this is how Turkish suffixes and Romance
 * plurals of medication names are covered without listing every form.
 */
const MAX_SUFFIX = 8;
const MIN_STEM = 3;

interface Phrase {
  keys: string[];
  stemLast: boolean;
  tags: number;
}

/** The phrases that can start at one word (see PhraseMatcher.startsAt). */
export interface PhraseStarts {
  readonly phrases: readonly Phrase[] | undefined;
  readonly stemTags: readonly number[] | undefined;
}

export interface PhraseHit {
  /** Token indexes, end exclusive. */
  first: number;
  end: number;
  tags: number;
}

export class PhraseMatcher {
  private readonly byFirst = new Map<string, Phrase[]>();
  /** One-word stems, by their first MIN_STEM letters. */
  private readonly stems = new Map<string, Phrase[]>();

  /** Adds a phrase with its tags; adding the same phrase again merges the tags. */
  add(phrase: string, tags: number): void {
    const stemLast = phrase.endsWith('*');
    const keys = tokenize(stemLast ? phrase.slice(0, -1) : phrase).map((t) => t.key);
    if (keys.length === 0) return;
    const oneWordStem = stemLast && keys.length === 1;
    if (oneWordStem && keys[0]!.length < MIN_STEM) return;
    const index = oneWordStem ? this.stems : this.byFirst;
    const bucket = oneWordStem ? keys[0]!.slice(0, MIN_STEM) : keys[0]!;
    let list = index.get(bucket);
    if (!list) index.set(bucket, (list = []));
    const same = list.find((p) => p.stemLast === stemLast && p.keys.length === keys.length && p.keys.every((k, i) => k === keys[i]));
    if (same) same.tags |= tags;
    else list.push({ keys, stemLast, tags });
  }

  /**
   * What can start at a word: the phrases beginning with its key, and the tags of the one-word stems
   * it ends (null when neither). It depends on the word alone, so a lexicon works it out once per
   * distinct word (lexicons.ts) and passes it to match.
   */
  startsAt(key: string, isNumber: boolean): PhraseStarts | null {
    const phrases = this.byFirst.get(key);
    let stemTags: number[] | undefined;
    if (this.stems.size > 0 && !isNumber && key.length >= MIN_STEM) {
      const candidates = this.stems.get(key.length === MIN_STEM ? key : key.slice(0, MIN_STEM));
      for (const p of candidates ?? []) if (isStemOf(p.keys[0]!, key)) (stemTags ??= []).push(p.tags);
    }
    return phrases || stemTags ? { phrases, stemTags } : null;
  }

  /**
   * What starts at an inflected word that starts nothing itself: the one-word phrase of its base form
   * ("transfusions" → "transfusion"), keeping only the tags in `mask`; null when the base is no such phrase.
   */
  inflectedStarts(key: string, base: string, mask: number): PhraseStarts | null {
    const phrase = this.byFirst.get(base)?.find((p) => p.keys.length === 1 && !p.stemLast);
    const tags = (phrase?.tags ?? 0) & mask;
    return tags ? { phrases: [{ keys: [key], stemLast: false, tags }], stemTags: undefined } : null;
  }

  /** Every phrase occurrence, in token order. */
  match(tokens: readonly Token[], startsOf: (token: Token) => PhraseStarts | null = (t) => this.startsAt(t.key, t.isNumber)): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const starts = startsOf(tokens[i]!);
      if (starts === null) continue;
      if (starts.phrases) for (const p of starts.phrases) this.tryPhrase(tokens, i, p, hits);
      if (starts.stemTags) for (const tags of starts.stemTags) hits.push({ first: i, end: i + 1, tags });
    }
    return hits;
  }

  private tryPhrase(tokens: readonly Token[], i: number, p: Phrase, hits: PhraseHit[]): void {
    const n = p.keys.length;
    if (n === 1) {
      // A one-word phrase marked as a stem is indexed in `stems`, so here it is exact.
      hits.push({ first: i, end: i + 1, tags: p.tags });
      return;
    }
    if (i + n > tokens.length) return;
    for (let k = 1; k < n; k++) {
      const t = tokens[i + k]!;
      if (!joinsPhrase(tokens[i + k - 1]!, t)) return;
      const key = p.keys[k]!;
      if (k === n - 1 && p.stemLast ? !isStemOf(key, t.key) : t.key !== key) return;
    }
    hits.push({ first: i, end: i + n, tags: p.tags });
  }
}

/**
 * Words of a phrase are separated by spaces, hyphens or apostrophes, by the period of an abbreviation ("Sig.ra",
 * "d.o.b"), or by the ampersand or slash between the letters of an abbreviation ("L&D", "A&E", "y/o").
 */
const AMPERSAND_JOIN = SEP.OTHER | SEP.AMPERSAND | SEP.SPACE;
function joinsPhrase(previous: Token, token: Token): boolean {
  const sep = token.sep;
  if (sep === 0) return false;
  if ((sep & ~PHRASE_JOIN) === 0) return true;
  if (sep & SEP.AMPERSAND) return (sep & ~AMPERSAND_JOIN) === 0 && previous.text.length <= 2 && token.text.length <= 2;
  // The slash between the letters of a chart abbreviation ("y/o", "h/o"), not between words ("and/or").
  if (sep === SEP.SLASH) return previous.text.length === 1 && token.text.length === 1;
  return (sep & ~(SEP.PERIOD | SEP.SPACE)) === 0 && previous.text.length <= 4;
}

function isStemOf(stem: string, key: string): boolean {
  return key.startsWith(stem) && key.length - stem.length <= MAX_SUFFIX;
}
