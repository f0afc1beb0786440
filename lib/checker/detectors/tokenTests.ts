import type { Analysis } from '../analysis';
import { WORD, type KeyPhrases } from '../lexicon/lexicons';
import { TAG } from '../lexicon/tags';
import { SEP, type Token } from '../text/tokenize';

/** Small questions detectors ask about one token of an analysed text. */

/** A single capital letter: an initial ("J. Smith") when followed by a period or another initial. */
export function isInitial(t: Token): boolean {
  return t.cap && t.text.length === 1;
}

/** Is token i in the first-name or last-name list? */
export function isListedName(a: Analysis, i: number): boolean {
  return (a.wordFlags[i]! & (WORD.FIRST_NAME | WORD.LAST_NAME)) !== 0;
}

/** Is token i in the first-name list? */
export function isFirstName(a: Analysis, i: number): boolean {
  return (a.wordFlags[i]! & WORD.FIRST_NAME) !== 0;
}

/** Is token i in the last-name list? */
export function isLastName(a: Analysis, i: number): boolean {
  return (a.wordFlags[i]! & WORD.LAST_NAME) !== 0;
}

/** A name from the lists that is also an ordinary word of the language ("Rose", "Deniz"), or a stop word. */
export function isCommonWord(a: Analysis, i: number): boolean {
  return (a.wordFlags[i]! & (WORD.COMMON_NAME | WORD.STOPWORD)) !== 0;
}

/** Token i speaks in the first person: a first-person word ("my", "je", "mi") or verb ending ("bekliyorum"). */
export function isFirstPerson(a: Analysis, i: number): boolean {
  return (a.tags[i]! & TAG.FIRST_PERSON) !== 0 || (a.wordFlags[i]! & WORD.FIRST_PERSON_ENDING) !== 0;
}

/** Token i is a possessive before a noun: "my", "our", "your", "his", "votre", "sus"… */
export function isPossessive(a: Analysis, i: number): boolean {
  const key = a.tokens[i]?.key ?? '';
  const { secondPossessives, thirdPossessives, ourPossessives } = a.lexicon;
  return secondPossessives.has(key) || ourPossessives.has(key) || thirdPossessives.has(key);
}

/** A four-digit year of the last two centuries ("1984", "2021"). */
export const isYear = (t: Token | undefined) => !!t && t.isNumber && t.text.length === 4 && /^(19|20)\d\d$/.test(t.text);

/** A day of the week that is not also a given name ("Monday", "jeudi"; not "Domingo", "Cuma"). */
export function isWeekdayOnly(a: Analysis, i: number): boolean {
  return (a.wordFlags[i]! & (WORD.WEEKDAY | WORD.FIRST_NAME)) === WORD.WEEKDAY;
}

/** Is token i a stop word of the text's language? */
export function isStopword(a: Analysis, i: number): boolean {
  return (a.wordFlags[i]! & WORD.STOPWORD) !== 0;
}

// Tags that say a word is something other than a name (health term, month, street type, title...).
const NOT_A_NAME = ~(TAG.STOPWORD | TAG.PATIENT_REF | TAG.ADDRESSED_CARE | TAG.OWN_CARE | TAG.CARE_EVENT | TAG.NEWS | TAG.GREETING | TAG.FIRST_PERSON);

/** The word is a health term, a month, a street type, a title… rather than (only) a name. */
export function hasOtherMeaning(a: Analysis, i: number): boolean {
  return (a.tags[i]! & NOT_A_NAME) !== 0;
}

/** A place name standing alone ("Florida", "Madrid"): a name only where a title or label says so. */
export function isPlaceWord(a: Analysis, i: number): boolean {
  return (a.wordFlags[i]! & WORD.PLACE) !== 0;
}

/** Is token i a word of some place name ("Sierra" of "Sierra Leone")? */
export function inPlaceName(a: Analysis, i: number): boolean {
  return (a.wordFlags[i]! & WORD.PLACE_WORD) !== 0;
}

/** Tokens [first, end) spell a place ("Sierra Leone", "San Fernando"). */
export function isPlace(a: Analysis, first: number, end: number): boolean {
  if (end - first === 1) return isPlaceWord(a, first);
  // Most spans start with a word no place name starts with: no need to join their keys.
  if (end > first && !(a.wordFlags[first]! & WORD.PLACE_START)) return false;
  let joined = '';
  for (let k = first; k < end; k++) joined = k === first ? a.tokens[k]!.key : `${joined} ${a.tokens[k]!.key}`;
  return a.names.places.has(joined);
}

/** Last token index (exclusive) of the line token i is on, or of the text. */
export function lineEnd(a: Analysis, i: number): number {
  let j = i + 1;
  while (j < a.tokens.length && !(a.tokens[j]!.sep & SEP.NEWLINE)) j++;
  return j;
}

/** The end (exclusive) of the longest lexicon phrase with `tag` that starts at token i, or -1. */
export function phraseEnd(a: Analysis, i: number, tag: number): number {
  if (!(a.startTags[i]! & tag)) return -1;
  let end = -1;
  for (let h = a.hitIndex[i]!; h < a.hitIndex[i + 1]!; h++) {
    const hit = a.hits[h]!;
    if (hit.tags & tag && hit.end > end) end = hit.end;
  }
  return end;
}

/** Is there a phrase with `tag` in tokens [from, to)? */
export function hasTagIn(a: Analysis, from: number, to: number, tag: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, a.tokens.length); i++) if (a.tags[i]! & tag) return true;
  return false;
}

/** The end (exclusive) of the longest of `phrases` that starts at token i, its words apart by spaces only, or -1. */
export function keyPhraseEnd(a: Analysis, i: number, phrases: KeyPhrases): number {
  const candidates = phrases.get(a.tokens[i]!.key);
  if (!candidates) return -1;
  let end = -1;
  for (const keys of candidates) {
    let k = 0;
    while (k < keys.length && i + k < a.tokens.length && a.tokens[i + k]!.key === keys[k] && (k === 0 || a.tokens[i + k]!.sep === SEP.SPACE)) k++;
    if (k === keys.length && i + k > end) end = i + k;
  }
  return end;
}

/**
 * A capitalised word joined to the name by "&" makes it a firm's: "Johnson & Johnson", "Smith & Nephew",
 * "Procter & Gamble", "Baker & McKenzie" are organisations, not two people.
 */
export function inFirmName(a: Analysis, first: number, end: number): boolean {
  const { tokens } = a;
  const joinedBefore = first > 0 && (tokens[first]!.sep & SEP.AMPERSAND) !== 0 && tokens[first - 1]!.cap;
  return joinedBefore || (end < tokens.length && (tokens[end]!.sep & SEP.AMPERSAND) !== 0 && tokens[end]!.cap);
}
