import type { Analysis } from '../analysis';
import type { Candidate } from '../detector';
import { TAG } from '../lexicon/tags';
import { SEP, type Token } from '../text/tokenize';
import { isYear, phraseEnd } from './tokenTests';

/**
 * Room, bed and ward numbers: "room 12", "bed 4B", "lit n° 3", "cama 12", "letto 5", "oda 305",
 * "4 numaralı yatak". A bed belongs to one patient, so it is a strong identifier; a room or ward number
 * may be a meeting room, so it is weak on its own, unless a person is said to be in it ("the guy in room 12").
 */
// Beds and cots, by the start of the word (Turkish adds its endings: "yatakta", "yatağında").
const BED_WORDS = ['bed', 'lit', 'cama', 'letto', 'yatak', 'yatag', 'cot', 'berceau', 'cuna', 'culla', 'incubat', 'couveuse', 'incubadora', 'kuvoz'];
const isBedWord = (key: string) => BED_WORDS.some((w) => key === w || (w.length > 3 && key.startsWith(w)));
// What may stand between the word and its number: "n°", "no.", "number", "#", "numéro", ":".
const NUMBER_WORDS = new Set(['n', 'no', 'nº', 'nr', 'num', 'number', 'numero', 'numéro', 'número', 'nro']);

/** A room or bed number token: digits, or a letter and digits ("4B", "B12", "12a"). */
function isRoomNumber(t: Token | undefined): boolean {
  return !!t && (t.isNumber ? t.text.length <= 5 : t.text.length === 1);
}

/**
 * "our new wing adds 24 beds", "3 operating rooms", "a 12-bed ward", "20 camas", "10 yataklı yoğun bakım": a number
 * right before the word counts rooms or beds, it numbers none.
 */
export function countedRoom(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (i === 0 || (t.sep & ~(SEP.SPACE | SEP.HYPHEN)) !== 0) return false;
  // "a 12-bed ward", "our 24-bed unit": the room word after the count is counted with it.
  if (!a.tokens[i - 1]!.isNumber) return i > 1 && a.tokens[i - 2]!.isNumber && a.lexicon.countedRooms.has(a.tokens[i - 1]!.key) && (a.tokens[i - 1]!.sep & ~(SEP.SPACE | SEP.HYPHEN)) === 0;
  return a.lexicon.countedRooms.has(t.key);
}

export function detectRooms(a: Analysis): Candidate[] {
  const { tokens } = a;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(a.startTags[i]! & TAG.ROOM) || countedRoom(a, i)) continue;
    let end = phraseEnd(a, i, TAG.ROOM);
    let bed = false;
    for (let k = i; k < end; k++) bed ||= isBedWord(tokens[k]!.key);
    // Turkish puts the number first: "4 numaralı yatak", "12 nolu oda".
    if (i > 0 && tokens[i - 1]!.isNumber && tokens[i - 1]!.text.length <= 4 && /numarali|nolu|no/.test(tokens[i]!.key)) {
      found.push(room(a, i - 1, end, bed));
      continue;
    }
    let j = end;
    if (j < tokens.length && NUMBER_WORDS.has(tokens[j]!.key)) j++;
    const number = tokens[j];
    if (!isRoomNumber(number) || (number!.sep & ~(SEP.SPACE | SEP.COLON | SEP.PERIOD | SEP.OTHER)) !== 0 || !number!.isNumber && !tokens[j + 1]?.isNumber) continue;
    end = j + 1;
    // "4B", "12-A": a letter glued or hyphenated to the number belongs to it.
    const tail = tokens[end];
    if (tail && (tail.sep === 0 || tail.sep === SEP.HYPHEN) && (tail.isNumber || tail.text.length === 1)) end++;
    found.push(room(a, i, end, bed || occupied(a, i)));
    i = end - 1;
  }
  for (const [first, end] of unitsAfterPeople(a)) found.push(room(a, first, end, true));
  for (const [first, end] of numbersAfterPeople(a)) found.push(room(a, first, end, true));
  return found;
}

// "Mr. Thompson in 4B", "Patient in 12B": a number and a letter right after a person and "in" is their room, without the word "room".
const IN_WORDS = new Set(['in', 'from']);
function unitsAfterPeople(a: Analysis): Array<[number, number]> {
  const { tokens } = a;
  const spans: Array<[number, number]> = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    const number = tokens[k + 1]!;
    const letter = tokens[k + 2]!;
    if (!IN_WORDS.has(tokens[k]!.key) || number.sep !== SEP.SPACE || tokens[k]!.sep !== SEP.SPACE) continue;
    const unit = number.isNumber && number.text.length <= 4 && letter.sep === 0 && !letter.isNumber && letter.text.length === 1 && letter.cap;
    if (!unit || (tokens[k + 3] && tokens[k + 3]!.sep === 0)) continue;
    const before = tokens[k - 1]!;
    const person = (a.tags[k - 1]! & (TAG.PERSON_NOUN | TAG.PATIENT_NOUN)) !== 0 || (before.cap && a.sentence[k - 1] === a.sentence[k - 2]);
    // "Dr. Lee in 2A": a clinician's office, not a patient's room.
    const clinician = [k - 2, k - 3].some((j) => j >= 0 && (a.tags[j]! & TAG.STAFF) !== 0);
    if (person && !clinician && !(a.startTags[k + 1]! & TAG.ROOM)) spans.push([k + 1, k + 3]);
  }
  return spans;
}

/**
 * "the lady in 12", "la dame de la 12", "la señora de la 304", "il signore del 5": a person picked out
 * by a bare number is picked out by their room or bed. Only after a definite article or a
 * demonstrative: "one woman in 8" is a rate, not a room.
 */
const PICKING_OUT = new Set(['the', 'this', 'that', 'la', 'le', 'el', 'il', 'lo', 'cette', 'ce', 'cet', 'esa', 'ese', 'esta', 'este', 'aquella', 'aquel',
  'quella', 'quel', 'quello', 'questa', 'questo']);
const ROOM_PREPOSITIONS: ReadonlyArray<readonly string[]> = [['in'], ['from'], ['de', 'la'], ['du'], ['del'], ['della'], ['dello'], ['dal'], ['dalla']];
const MAX_ROOM_DIGITS = 4;
function numbersAfterPeople(a: Analysis): Array<[number, number]> {
  const { tokens } = a;
  const spans: Array<[number, number]> = [];
  for (let p = 1; p + 2 < tokens.length; p++) {
    if (!(a.tags[p]! & TAG.PERSON_NOUN) || !PICKING_OUT.has(tokens[p - 1]!.key) || a.tags[p]! & TAG.ROOM) continue;
    for (const words of ROOM_PREPOSITIONS) {
      if (!spacedWordsAt(tokens, p + 1, words)) continue;
      const at = p + 1 + words.length;
      const number = tokens[at];
      if (!number?.isNumber || number.sep !== SEP.SPACE || number.text.length > MAX_ROOM_DIGITS || isYear(number)) break;
      const next = tokens[at + 1];
      // "the man in 30 minutes", "the woman in 2 years": a time, not a room.
      const counts = !!next && (next.sep === 0 || next.isNumber || a.lexicon.timeUnits.has(next.key) || (a.startTags[at + 1]! & (TAG.AGE_UNIT | TAG.MONTH)) !== 0);
      if (!counts) spans.push([at, at + 1]);
      break;
    }
  }
  return spans;
}

/** The words, each after a space, start at token `at`. */
function spacedWordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k];
    if (!t || t.key !== words[k] || t.sep !== SEP.SPACE) return false;
  }
  return true;
}

/** A person stays in the room: "the guy in room 12", "la señora de la habitación 3", "il signore della stanza 5". */
const MAX_WORDS_BEFORE_ROOM = 3;
function occupied(a: Analysis, roomWord: number): boolean {
  for (let k = roomWord - 1; k >= Math.max(0, roomWord - MAX_WORDS_BEFORE_ROOM); k--) {
    if (a.tags[k]! & (TAG.PERSON_NOUN | TAG.PATIENT_NOUN)) return k < roomWord - 1;
    if (!(a.tags[k]! & TAG.STOPWORD) || a.tokens[k + 1]!.sep & ~SEP.SPACE) return false;
  }
  return false;
}

function room(a: Analysis, first: number, end: number, bed: boolean): Candidate {
  return {
    start: a.tokens[first]!.start,
    end: a.tokens[end - 1]!.end,
    category: 'LOCATION',
    ruleId: bed ? 'location.bed' : 'location.room',
    strength: bed ? 'strong' : 'weak',
    reason: { key: 'reason_room' },
  };
}
