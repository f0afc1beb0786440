import type { Analysis } from '../analysis';
import type { Candidate } from '../detector';
import { WORD } from '../lexicon/lexicons';
import { TAG } from '../lexicon/tags';
import { SEP } from '../text/tokenize';
import { hasOtherMeaning, inFirmName, isCommonWord, isPlaceWord, phraseEnd } from './tokenTests';

/**
 * The person a draft speaks to, named where a reply names them: at its very start before a comma
 * ("Mrs. Diaz, …", "John, we are…") or after a comma at the end of a sentence ("…hurt, Mrs. Diaz.",
 * "…so unpleasant, John!"). Such a draft answers one person, like a reply, and the name is theirs.
 */
const MAX_NAME_WORDS = 3;
// "Get well soon to Emily", "Buona guarigione a Giulia", "Pronta recuperación para María".
const WISH_PREPOSITIONS = new Set(['to', 'a', 'para', 'per']);

export interface Vocative {
  /** Token range of the name, title excluded, end exclusive. */
  first: number;
  end: number;
  titled: boolean;
  /** Named with a clinician's title ("Welcome, Dr. Kim!"): a colleague, not a patient. */
  staff: boolean;
}

export function findVocatives(a: Analysis): Vocative[] {
  const { tokens } = a;
  const found: Vocative[] = [];
  // A comma itself: ";" separates list items and, in "&amp;", is markup.
  const commaBefore = (j: number) => (tokens[j]!.sep & SEP.COMMA) !== 0 && a.text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(',');
  // Closing a sentence that speaks to someone, a listed first name is the reader's even when a city has it too
  // ("Thank you for the review, Gary!"), unless a place stands before the comma ("vive en Varsovia, Polonia").
  let placeAllowed = false;
  const nameWord = (j: number) => {
    const t = tokens[j]!;
    return t.cap && !t.isNumber && !a.lexicon.stopwords.has(t.key) && !hasOtherMeaning(a, j) && (!isPlaceWord(a, j) || (placeAllowed && a.names.first.has(t.key)));
  };
  /**
   * Title (optional), name words, Turkish title after (optional) from token i: [name start, name end,
   * end of it all, titled], or null. Untitled, only a listed first name counts: in that place even one
   * that is also an ordinary word ("John, …", "…, Grace.") is the reader's.
   */
  const nameAt = (i: number): [number, number, number, boolean, boolean] | null => {
    const titleEnd = phraseEnd(a, i, TAG.TITLE);
    const first = titleEnd > 0 ? titleEnd : i;
    let end = first;
    while (end < tokens.length && end - first < MAX_NAME_WORDS && nameWord(end) && (end === first || (tokens[end]!.sep & ~(SEP.SPACE | SEP.HYPHEN)) === 0)) end++;
    if (end === first) return null;
    const after = end < tokens.length && (tokens[end]!.sep & ~SEP.SPACE) === 0 ? phraseEnd(a, end, TAG.TITLE_AFTER) : -1;
    const titled = titleEnd > 0 || after > 0;
    if (!titled && !a.names.first.has(tokens[first]!.key)) return null;
    return [first, end, after > 0 ? after : end, titled, titleEnd > 0 && phraseEnd(a, i, TAG.STAFF) > 0];
  };

  // "Warrane, can I please speak to your boss?": a question to the reader after the comma makes even a word no list
  // knows, or a town's name ("Kuba"), the reader's name.
  const asks = requestAfterOpening(a);
  placeAllowed = asks;
  const opening = tokens.length > 1 ? (nameAt(0) ?? (asks ? unlistedOpening(a) : null)) : null;
  placeAllowed = false;
  if (opening && opening[2] < tokens.length && commaBefore(opening[2])) {
    // The draft goes on speaking to them ("John, we are sorry…", "Mrs. Diaz, your results…"), not listing
    // ("John, Mary, Joe:") or headlining ("Jack Fishman, Who Helped…"); a name that is also a word
    // ("Ginger, olive oil…") needs the care team's voice right after it.
    const next = tokens[opening[2]]!;
    // …or the reader's own care right after it: "Marco, il tuo intervento è confermato".
    const speaks = a.lexicon.careVoice.has(next.key) || a.hits.some((h) => h.first === opening[2] && (h.tags & TAG.ADDRESSED_CARE) !== 0);
    const goesOn = speaks || (!next.cap && !(isCommonWord(a, opening[0]) && !opening[3]));
    if (goesOn) found.push({ first: opening[0], end: opening[1], titled: opening[3], staff: opening[4] });
  }

  for (let i = 1; i < tokens.length; i++) {
    if (!commaBefore(i)) continue;
    placeAllowed = !isPlaceWord(a, i - 1) && speaksToSomeone(a, i);
    const name = nameAt(i);
    placeAllowed = false;
    if (!name) continue;
    const [first, end, last, titled, staff] = name;
    const closes = last === tokens.length || a.sentence[last] !== a.sentence[first];
    if (closes && a.sentence[i] === a.sentence[i - 1]) found.push({ first, end, titled, staff });
  }

  // Right after a wish about the reader's care: "Get well soon Emily", "Buona guarigione a Giulia".
  for (const hit of a.hits) {
    if (!(hit.tags & TAG.ADDRESSED_CARE) || hit.end >= tokens.length) continue;
    let j = hit.end;
    if (WISH_PREPOSITIONS.has(tokens[j]!.key) && tokens[j]!.sep === SEP.SPACE && j + 1 < tokens.length) j++;
    if (tokens[j]!.sep === 0 || (tokens[j]!.sep & ~(SEP.SPACE | SEP.COMMA)) !== 0) continue;
    const name = nameAt(j);
    if (name && !found.some((v) => v.first === name[0])) found.push({ first: name[0], end: name[1], titled: name[3], staff: name[4] });
  }
  for (const v of found) v.staff ||= titledAsStaffElsewhere(a, v.first);
  return found.filter((v) => v.titled || !inFirmName(a, v.first, v.end));
}

/**
 * The draft opens on one capitalised word and a comma, then asks something of the reader: a question word and "I",
 * "we" or "you" ("Kuba, can I…", "Vide, could you…", "Léa, pouvez-vous…").
 */
const ASKING_WORDS = new Set(['can', 'could', 'may', 'would', 'will', 'should', 'do', 'did', 'puedo', 'puedes', 'puede', 'posso', 'puoi', 'pourriez', 'pouvez', 'peux']);
function requestAfterOpening(a: Analysis): boolean {
  const { tokens } = a;
  if (tokens.length < 4 || !(tokens[1]!.sep & SEP.COMMA) || tokens[1]!.sep & (SEP.STOP | SEP.NEWLINE) || tokens[1]!.cap || !ASKING_WORDS.has(tokens[1]!.key)) return false;
  return tokens[2]!.key === 'i' || (a.wordFlags[2]! & WORD.CARE_VOICE) !== 0 || tokens[2]!.sep === SEP.HYPHEN;
}

/** The opening word of a request as a name, though no list has it: capitalised, no term, no interjection or adverb ("Honestly, can I…"). */
function unlistedOpening(a: Analysis): [number, number, number, boolean, boolean] | null {
  const t = a.tokens[0]!;
  // "@Dolvett, can you…" answers a handle, which the site shows anyway.
  if (a.text.slice(0, t.start).includes('@')) return null;
  if (!t.cap || t.upper || t.text.length < 3 || t.isNumber || a.lexicon.stopwords.has(t.key) || a.lexicon.requestOpeners.has(t.key) || t.key.endsWith('ly') || hasOtherMeaning(a, 0) || isCommonWord(a, 0)) return null;
  return [0, 1, 1, false, false];
}

/** The sentence of token i has the care team's voice or the reader's ("thank you", "we", "your"). */
function speaksToSomeone(a: Analysis, i: number): boolean {
  for (let k = i - 1; k >= 0 && a.sentence[k] === a.sentence[i]; k--) if (a.wordFlags[k]! & WORD.CARE_VOICE) return true;
  return false;
}

/** "In memory of nurse Betty Howard … Rest in peace, Betty.": the name spoken to was given a clinician's title before. */
function titledAsStaffElsewhere(a: Analysis, first: number): boolean {
  const { tokens } = a;
  const key = tokens[first]!.key;
  for (let k = 1; k < tokens.length; k++) {
    if (k === first || tokens[k]!.key !== key) continue;
    if (a.tags[k - 1]! & TAG.STAFF || (k > 1 && tokens[k - 1]!.cap && a.tags[k - 2]! & TAG.STAFF)) return true;
  }
  return false;
}

/** Untitled vocatives as names ("…, John."); titled ones are found by the title rule of detectNames. */
export function detectVocativeNames(a: Analysis): Candidate[] {
  return findVocatives(a)
    .filter((v) => !v.titled)
    .map((v) => ({
      start: a.tokens[v.first]!.start,
      end: a.tokens[v.end - 1]!.end,
      category: 'NAME',
      ruleId: 'name.vocative',
      strength: 'weak',
      reason: { key: 'reason_name' },
    }));
}
