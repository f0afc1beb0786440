import type { Analysis } from '../analysis';
import type { Candidate } from '../detector';
import { WORD } from '../lexicon/lexicons';
import { TAG } from '../lexicon/tags';
import { SEP, type Token } from '../text/tokenize';
import { isInitial, phraseEnd } from './tokenTests';
import { endsWithOneOf } from '../text/affixes';

/**
 * Street addresses with their house numbers, in the order each language writes them:
 * "221 Baker Street" (the type after the name), "18 rue de la Paix" / "Calle Mayor 5" / "C/ Leñeros, 44" /
 * "Via Roma 10" (the type before), "Atatürk Caddesi No: 5" / "Çiçek Mahallesi Gül Sokak" (Turkish, after).
 */
const WORD_JOIN = SEP.SPACE | SEP.HYPHEN | SEP.APOSTROPHE | SEP.PERIOD;
const MAX_NAME_WORDS = 7;
/** "Martin Luther King Jr Boulevard": street names written before their type are short. */
const MAX_WORDS_BEFORE_TYPE = 4;
// Small words inside street names: "rue de la Paix", "Avenida de los Reyes", "Via dei Mille", "Avenue of the Americas".
const LINKS = new Set(['de', 'del', 'della', 'delle', 'dei', 'degli', 'di', 'da', 'du', 'des', 'la', 'le', 'les', 'los', 'las', 'el', 'l', 'd', 'y', 'e', 'et', 'of', 'the', 'sur', 'en', 'san', 'santa', 'sant', 'saint', 'sainte']);
const HOUSE_NUMBER_WORDS = new Set(['no', 'n', 'nº', 'nr', 'num', 'numero', 'numara']);

// German and Dutch streets are one compound word, the type its last part: "Schlossstraße 13", "Kerkstraat 5".
// Posts name foreign suppliers, labs and clinics too.
const COMPOUND_STREET_ENDINGS = ['strasse', 'straße', 'gasse', 'allee', 'straat', 'laan', 'gracht'];
const MIN_COMPOUND_NAME = 3;
const isCompoundStreet = (t: Token) =>
  t.cap && !t.isNumber && endsWithOneOf(t.key, COMPOUND_STREET_ENDINGS, MIN_COMPOUND_NAME - 1);

// "s/n" (sin número) and "km 12" stand for the house number on Spanish roads.
const NO_NUMBER = new Set(['s', 'sn']);

const joined = (t: Token | undefined) => !!t && t.sep !== 0 && (t.sep & ~WORD_JOIN) === 0;
/** Words of one name within a sentence: joined as above, but not across a full stop. */
const inName = (t: Token) => (t.sep & ~(WORD_JOIN & ~SEP.PERIOD)) === 0;
/** "12 Rue…", "Lindenstraße 42", "Irunlarrea, 3": a house number set off by spaces or a comma only. */
const spaceOrComma = (t: Token) => (t.sep & ~(SEP.SPACE | SEP.COMMA)) === 0;
const DEGREE = /[º°]\s?$/;
/** "Calle Mayor", "Avda. Cervera", "C/ Grecia", "C/Grecia" — not "PL) mostró". */
const afterType = (t: Token) => t.sep !== 0 && (t.sep & ~(SEP.SPACE | SEP.PERIOD | SEP.SLASH)) === 0;
const isHouseNumber = (t: Token | undefined) => !!t && t.isNumber && t.text.length <= 5;
/** "…, Paris" closing its line or sentence: the town after a street, standing in for its house number. */
const townAfter = (tokens: readonly Token[], j: number) => {
  const town = tokens[j];
  const next = tokens[j + 1];
  return !!town && town.cap && !town.isNumber && (town.sep & ~SEP.SPACE) === SEP.COMMA && (!next || (next.sep & (SEP.NEWLINE | SEP.STOP)) !== 0);
};

export function detectAddresses(a: Analysis): Candidate[] {
  const { tokens } = a;
  const found: Candidate[] = [];
  const nameWord = (j: number) => {
    const t = tokens[j];
    return !!t && !t.isNumber && (t.cap || LINKS.has(t.key)) && !(a.tags[j]! & (TAG.STREET_BEFORE | TAG.STREET_AFTER | TAG.MONTH));
  };
  /** Extends over house-number extras: "bis", "5B", ", 1º", "No: 5 D: 3", "Apt 4". */
  const numberTail = (j: number): number => {
    let end = j;
    while (end < tokens.length) {
      const t = tokens[end]!;
      if (t.sep & SEP.NEWLINE) break;
      if (a.startTags[end]! & TAG.ADDRESS_UNIT) {
        const unitEnd = phraseEnd(a, end, TAG.ADDRESS_UNIT);
        if (isHouseNumber(tokens[unitEnd]) || tokens[unitEnd]?.text.length === 1) {
          end = unitEnd + 1;
          continue;
        }
        if (t.key === 'bis' || t.key === 'ter') {
          end = unitEnd;
          continue;
        }
      }
      if ((t.sep === 0 || t.sep === SEP.HYPHEN || t.sep === SEP.SLASH) && (t.isNumber || t.text.length === 1)) {
        end++;
        continue;
      }
      break;
    }
    return end;
  };

  /** "s/n" or "km 9" right at j: the end of that house-number stand-in, or -1. */
  const standIn = (j: number): number => {
    const t = tokens[j];
    if (t?.key === 's' && tokens[j + 1]?.key === 'n' && tokens[j + 1]!.sep & SEP.SLASH) return j + 2;
    if (t?.key === 'km' && isHouseNumber(tokens[j + 1])) return numberTail(j + 2);
    return NO_NUMBER.has(t?.key ?? '') && t!.text.length === 2 ? j + 1 : -1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const tags = a.startTags[i]!;
    const label = addressLabelEnd(a, i);
    if (label > 0) {
      // "Domicilio: Teatinos 180." — everything after the label up to the end of the line or sentence.
      let end = label;
      while (end < tokens.length && end - label < MAX_NAME_WORDS + 4 && !(tokens[end]!.sep & (SEP.NEWLINE | SEP.STOP)) && !(end > label && tokens[end]!.sep & SEP.PERIOD && !isInitial(tokens[end - 1]!))) end++;
      if (end > label && tokens.slice(label, end).some((t) => t.isNumber) ) {
        found.push(address(a, label, end));
        i = end - 1;
        continue;
      }
    }
    if (tags & TAG.STREET_BEFORE) {
      // type first: [number[,]] TYPE name words [,] [number]
      const typeEnd = phraseEnd(a, i, TAG.STREET_BEFORE);
      const t = tokens[i]!;
      // One-letter abbreviations need their mark ("C/", "r.") and, like "via" or "place", a capital or a number around.
      // Not a unit ("38 ºC.") nor a variant ("p.R50X": a period with no space after it).
      if (t.text.length === 1) {
        const mark = tokens[typeEnd]?.sep ?? 0;
        if (!(mark & SEP.SLASH || (mark & SEP.PERIOD && mark & SEP.SPACE)) || DEGREE.test(a.text.slice(Math.max(0, t.start - 2), t.start))) continue;
      }
      let end = typeEnd;
      // Lower-case words belong to the name too when the type is capitalised ("Calle antracita 7") or a house
      // number comes first ("sept allée des roses").
      const numberFirst = isHouseNumber(tokens[i - 1]) || a.lexicon.numberWords.has(tokens[i - 1]?.key ?? '');
      const lowerOk = t.cap || numberFirst;
      // "nº 11" after the name is its house number ("C/ La Moratina nº 11"), not one more word of it.
      const houseNumberWord = (j: number) => HOUSE_NUMBER_WORDS.has(tokens[j]!.key) && isHouseNumber(tokens[j + 1]);
      while (end < tokens.length && end - typeEnd < MAX_NAME_WORDS && (end === typeEnd ? afterType(tokens[end]!) : joined(tokens[end])) && !houseNumberWord(end) && (nameWord(end) || (lowerOk && !tokens[end]!.isNumber && !a.lexicon.stopwords.has(tokens[end]!.key)))) end++;
      while (end > typeEnd && LINKS.has(tokens[end - 1]!.key)) end--;
      if (end === typeEnd || (!lowerOk && !tokens.slice(typeEnd, end).some((w) => w.cap))) continue;
      let first = i;
      // "18 rue…", "12 bis avenue…", "12, Avenue…"
      const extra = i > 1 && (tokens[i - 1]!.key === 'bis' || tokens[i - 1]!.key === 'ter') ? 1 : 0;
      const before = tokens[i - 1 - extra];
      const spelled = !extra && before !== undefined && a.lexicon.numberWords.has(before.key) && (before.sep & SEP.NEWLINE || i - 1 === 0 || (tokens[i - 1]!.sep & ~SEP.SPACE) === 0);
      if ((isHouseNumber(before) || spelled) && !(t.sep & SEP.NEWLINE)) first = i - 1 - extra;
      let last = end;
      const after = tokens[end];
      if (isHouseNumber(after) && spaceOrComma(after!)) last = numberTail(end + 1);
      else if (after && HOUSE_NUMBER_WORDS.has(after.key) && isHouseNumber(tokens[end + 1])) last = numberTail(end + 2);
      else if (standIn(end) > 0 && !(after!.sep & SEP.NEWLINE)) last = standIn(end);
      // A street name alone is not an address, unless its town follows: "rue Rivoli, Paris".
      if (first === i && last === end && !(t.key.length > 1 && townAfter(tokens, end))) continue;
      last = numberTail(last);
      found.push(address(a, first, last));
      i = last - 1;
    } else if (isCompoundStreet(tokens[i]!) && isHouseNumber(tokens[i + 1]) && spaceOrComma(tokens[i + 1]!)) {
      const last = numberTail(i + 2);
      found.push(address(a, i, last));
      i = last - 1;
    } else if (tags & TAG.STREET_AFTER && i > 0) {
      // type last: [number] name words TYPE [number]
      let first = i;
      while (first > 0 && i - first < MAX_WORDS_BEFORE_TYPE && tokens[first - 1]!.cap && !tokens[first - 1]!.isNumber && (first === i ? joined(tokens[i]) : joined(tokens[first]))) first--;
      // A letter glued to the house number is part of it ("12B Baker Street"), not of the name: "5K Run" has none.
      const letterOfNumber = tokens[first]!.sep === 0 && tokens[first]!.text.length === 1 && isHouseNumber(tokens[first - 1]);
      if (letterOfNumber) first++;
      if (first === i) continue;
      const typeEnd = phraseEnd(a, i, TAG.STREET_AFTER);
      const before = tokens[first - 1];
      let start = first;
      if (letterOfNumber) start = first - 2;
      else if (isHouseNumber(before) && spaceOrComma(tokens[first]!) && tokens[first]!.sep !== 0) start = first - 1;
      let last = typeEnd;
      const after = tokens[typeEnd];
      // After the type, a number counts only as "No: 5" (Turkish); "Drive 12" is not a house number.
      if (after && HOUSE_NUMBER_WORDS.has(after.key) && isHouseNumber(tokens[typeEnd + 1])) last = numberTail(typeEnd + 2);
      // Without a number, two street parts together still make an address ("Çiçek Mah. Gül Sok."); not a title
      // before a name that ends like a street ("Join Dr. Lisa Park": "Dr." is the doctor, not a drive).
      const titleBeforeName = (a.tags[i]! & TAG.TITLE) !== 0;
      const nextPart = last === typeEnd && after && after.cap && !titleBeforeName ? nextStreetPart(a, typeEnd) : -1;
      if (nextPart > 0) last = nextPart;
      if (start === first && last === typeEnd) continue;
      last = numberTail(last);
      found.push(address(a, start, last));
      i = last - 1;
    }
  }
  return [...found, ...streetsBeforePostalCodes(a, found, numberTail, standIn)];
}

const isPostalCode = (t: Token | undefined) => !!t && t.isNumber && t.text.length === 5;

/**
 * "Irunlarrea, 3 31008 Pamplona", "Los Alisos, 10. 13002 Ciudad Real", "Río Júcar, s/n E-28935 Móstoles":
 * a street written without its type (how hospital letterheads give theirs) is still known by what
 * follows it, a house number, then a postal code and its town. The name is the few capitalised words
 * just before the number.
 */
function streetsBeforePostalCodes(a: Analysis, found: readonly Candidate[], numberTail: (j: number) => number, standIn: (j: number) => number): Candidate[] {
  const { tokens } = a;
  const out: Candidate[] = [];
  const taken = (start: number) => found.some((c) => c.start <= start && start < c.end);
  for (let j = 1; j < tokens.length; j++) {
    const number = tokens[j]!;
    const tail = isHouseNumber(number) && !isPostalCode(number) ? numberTail(j + 1) : standIn(j);
    if (tail < 0 || !spaceOrComma(number)) continue;
    // Spanish codes may carry the country: "E-28935".
    const code = tokens[tail]?.key === 'e' && tokens[tail + 1]?.sep === SEP.HYPHEN ? tail + 1 : tail;
    const town = tokens[code + 1];
    if (!isPostalCode(tokens[code]) || tokens[code]!.sep & SEP.NEWLINE || !town?.cap || town.isNumber || (town.sep & ~SEP.SPACE) !== 0) continue;
    let first = j;
    // Back over the name's words, not past a full stop: "Hospital del Sur. Los Olmos, 12".
    while (first > 0 && j - first < MAX_WORDS_BEFORE_TYPE && !tokens[first - 1]!.isNumber && (tokens[first - 1]!.cap || LINKS.has(tokens[first - 1]!.key)) && (first === j || inName(tokens[first]!))) first--;
    while (first < j && LINKS.has(tokens[first]!.key) && !tokens[first]!.cap) first++;
    if (first === j || taken(tokens[first]!.start)) continue;
    out.push(address(a, first, tail));
    j = code + 1;
  }
  return out;
}

/** The end of a second "Name TYPE [No N]" right after a first one, or -1. */
function nextStreetPart(a: Analysis, from: number): number {
  for (let j = from; j < Math.min(a.tokens.length, from + MAX_NAME_WORDS); j++) {
    if (j > from && !joined(a.tokens[j])) return -1;
    if (a.startTags[j]! & TAG.STREET_AFTER && j > from) return phraseEnd(a, j, TAG.STREET_AFTER);
    if (!a.tokens[j]!.cap) return -1;
  }
  return -1;
}

/** "Domicilio:", "Adresse :", "Ev adresi:": the token after the label's colon, or -1. */
function addressLabelEnd(a: Analysis, i: number): number {
  const t = a.tokens[i]!;
  for (let words = 1; words <= 2; words++) {
    const next = a.tokens[i + words];
    if (!next || !(next.sep & SEP.COLON)) continue;
    const label = words === 1 ? t.key : `${t.key} ${a.tokens[i + 1]!.key}`;
    if (a.lexicon.addressLabels.has(label) && (i === 0 || t.sep & (SEP.NEWLINE | SEP.PERIOD | SEP.COMMA) || words === 2)) return i + words;
  }
  return -1;
}

const PLACE_REACH = 8;
const POSSESSIVE_REACH = 3;
const isOurs = (a: Analysis, k: number) => (a.wordFlags[k]! & (WORD.OUR_POSSESSIVE | WORD.CARE_VOICE)) === (WORD.OUR_POSSESSIVE | WORD.CARE_VOICE);

/**
 * The address follows "our" place of care in its sentence ("at our Dermatology clinic, 1200 Oak Ave", "notre centre,
 * 12 rue…", Turkish "kliniğimizde"): the organisation's own.
 */
function ofOurPlace(a: Analysis, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - PLACE_REACH && a.sentence[k] === a.sentence[first]; k--) {
    if (!(a.tags[k]! & TAG.SETTING)) continue;
    const key = a.tokens[k]!.key;
    if (a.lexicon.ourPossessiveSuffixes.some((suffix) => key.includes(suffix, 1))) return true;
    for (let p = k - 1; p >= 0 && p >= k - POSSESSIVE_REACH && a.sentence[p] === a.sentence[k]; p--) if (isOurs(a, p)) return true;
  }
  return false;
}

function address(a: Analysis, first: number, end: number): Candidate {
  return {
    start: a.tokens[first]!.start,
    end: a.tokens[end - 1]!.end,
    category: 'ADDRESS',
    ruleId: ofOurPlace(a, first) ? 'address.ours' : 'address.street',
    strength: 'strong',
    reason: { key: 'reason_address' },
  };
}
