import { startsSentence, type Analysis } from '../analysis';
import type { Candidate, Strength } from '../detector';
import { WORD } from '../lexicon/lexicons';
import { TAG } from '../lexicon/tags';
import { foldKey } from '../text/foldKey';
import { SEP, type Token } from '../text/tokenize';
import type { TextContext } from './types';
import { hasOtherMeaning, hasTagIn, inFirmName, inPlaceName, isCommonWord, isFirstName, isInitial, isLastName, isListedName, isPlace, isPlaceWord, isPossessive, isStopword, isWeekdayOnly, keyPhraseEnd, lineEnd, phraseEnd } from './tokenTests';

/**
 * Names of people. A name is recognised by what stands next to it — a title (Mrs, Sra., Sig.ra,
 * Hanım), a form label ("Nombre:", "Adı Soyadı:"), "patient X", a greeting, initials — or by the name
 * lists (a known first name followed by a surname, an upper-case surname before a first name). Names
 * that are also ordinary words ("Rose", "Deniz") only count with such context. Lower-case names count
 * when a first and a last name from the lists stand together ("john smith").
 */
// Street words may be surnames in a list of people ("Park and Mann"): every other meaning still rules a word out.
const NOT_A_NAME_IN_LIST = ~(TAG.STOPWORD | TAG.PATIENT_REF | TAG.ADDRESSED_CARE | TAG.OWN_CARE | TAG.CARE_EVENT | TAG.NEWS | TAG.GREETING | TAG.FIRST_PERSON | TAG.STREET_BEFORE | TAG.STREET_AFTER);
const NAME_JOIN = SEP.SPACE | SEP.HYPHEN | SEP.APOSTROPHE;
const MAX_NAME_WORDS = 5;
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'y', 'e', 'bin', 'ibn', 'al', 'el', 'mac', 'st']);
// Words that end a label and need no colon before the name: "signed by", "remitido por", "firmato da",
// "my name is", "me llamo", "je m'appelle", "benim adım", "dossier médical de", "medical record of", "named her", "la llamaron".
const LABEL_PREPOSITIONS = new Set(['by', 'par', 'por', 'da', 'di', 'de', 'pour', 'of', 'for', 'is', 'named', 'called', 'as', 'me', 'appelle', 'nomme', 'prenomme', 'nommee', 'prenommee', 'llamo', 'llama', 'llamado', 'llamada', 'es', 'chiamo', 'chiama', 'chiamato', 'chiamata', 'e', 'adim', 'ismim', 'adi', 'adini', 'her', 'him', 'llamaron', 'llamamos', 'appelee', 'appele']);
const TITLE_CASE_SHARE = 0.7;
const CONJUNCTIONS = new Set(['and', 'et', 'y', 'e', 'ed', 've']);
const MAX_LISTED_NAMES = 12;
// First words of a signature's contact line ("Tel : …", "Fax", "E-mail"), folded.
const CONTACT_LINE_STARTS = new Set(['tel', 'telephone', 'phone', 'fax', 'mobile', 'mob', 'cell', 'email', 'e', 'mail', 'courriel', 'portable', 'telefono', 'movil', 'cellulare', 'telefon', 'cep', 'gsm']);
// Words that end a company's name ("Johnson Inc.", "Civic Impulse LLC"), folded: never part of a person's.
const SAINTS = new Set(['st', 'saint', 'sainte', 'san', 'santa', 'sant', 'santo']);
const COMPANY_ENDINGS = new Set(['inc', 'incorporated', 'llc', 'ltd', 'corp', 'corporation', 'plc', 'gmbh', 'sarl', 'srl']);
// Capitals that are words or numerals before a capitalised word ("Plan A Trial", "Part I Results", "Factor V"), not initials.
const SMALL_END = /\p{Ll}$/u;
const WORD_LETTERS = new Set(['A', 'I', 'O', 'Y', 'E', 'V', 'X']);

// Words a post opens with before a first name, not surnames: "Meet Emily, our new educator", "Merci Julie".
const OPENING_WORDS = new Set([
  'meet', 'welcome', 'congrats', 'congratulations', 'thanks', 'thank', 'join', 'ask', 'call', 'wish', 'follow', 'celebrate', 'introducing',
  'say', 'remember', 'remembering', 'honoring', 'honouring', 'missing', 'visit', 'help', 'support', 'shoutout', 'cheers', 'kudos',
  'merci', 'bravo', 'bienvenue', 'felicitations', 'rencontrez', 'decouvrez', 'voici', 'gracias', 'bienvenida', 'bienvenido', 'felicidades',
  'enhorabuena', 'conoce', 'conozcan', 'grazie', 'benvenuta', 'benvenuto', 'complimenti', 'auguri', 'ecco', 'tebrikler', 'tesekkurler',
]);

// "Happy discharge day to Maria", "dado el alta a Carmen": whom a care event happened to; "Congrats to Jake": whom a greeting is for.
const CARE_PREPOSITIONS = new Set(['to', 'for', 'a', 'pour', 'para', 'per']);
const MAX_WORDS_BEFORE_PREPOSITION = 2;

// Words a person's name follows directly, with no article, folded: "with", "by", "avec", "par", "con", "por", "da"…
const PERSON_PREPOSITIONS = new Set(['with', 'by', 'and', 'met', 'call', 'ask', 'tell', 'add', 'avec', 'par', 'chez', 'et', 'con', 'por', 'y', 'da', 'e', 'suis', 'soy', 'sono']);
/** Token i is a word that takes a person after it: "with", "chez", "soy", or the "am" of "I'm" / "I am". */
const takesPerson = (tokens: readonly Token[], i: number) =>
  PERSON_PREPOSITIONS.has(tokens[i]!.key) || ((tokens[i]!.key === 'm' || tokens[i]!.key === 'am') && i > 0 && tokens[i - 1]!.key === 'i');

// Verbs that put the speaker after a quotation ("…," says Du Cane), folded.

const LINK_STARTS = new Set(['http', 'https', 'www']);
/** A piece of a link or handle ("http", "nyti" of "http://nyti.ms/…"): glued to the previous token by "/", ".", ":" or "@". */
function inLink(t: Token): boolean {
  return LINK_STARTS.has(t.key) || (t.sep !== 0 && (t.sep & (SEP.SPACE | SEP.NEWLINE | SEP.HYPHEN | SEP.APOSTROPHE)) === 0);
}

/**
 * Sentences in Title Case ("Woman Survives Rare Cancer After Trial"): capitals say nothing there, so only
 * names with a cue or from the lists count.
 */
function titleCaseSentences(a: Analysis): Set<number> {
  const words = new Map<number, [number, number, number]>();
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    // Names are capitalised in any sentence: the share is over the other words (a listed first name's surname too);
    // surnames that are also ordinary words ("Role", "Nurse") count as words.
    if (t.isNumber || t.upper || t.text.length < 4 || isFirstName(a, i) || (isLastName(a, i) && !isCommonWord(a, i)) || (i > 0 && t.sep === SEP.SPACE && isFirstName(a, i - 1) && !isCommonWord(a, i - 1) && !hasOtherMeaning(a, i - 1))) continue;
    const counts = words.get(a.sentence[i]!) ?? [0, 0, 0];
    counts[1]++;
    if (t.cap) counts[0]++;
    else if (!isStopword(a, i) && !inLink(t)) counts[2]++;
    words.set(a.sentence[i]!, counts);
  }
  const result = new Set<number>();
  // A headline leaves only short function words in lower case; two lower-case content words make a sentence
  // ("Resul Sadak, Nihat Osal, … fueron a Batman").
  for (const [sentence, [cap, all, lowerContent]] of words) if (all >= 5 && cap / all >= TITLE_CASE_SHARE && lowerContent < 2) result.add(sentence);
  return result;
}

/**
 * Turkish sets a proper noun's case ending off with an apostrophe ("Selin'e", "Ahmet'in"): a capitalised
 * name written so is a name even when it is also a word ("selin", "can").
 */
const MAX_CASE_ENDING = 5;
function turkishProperNoun(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  return a.lang === 'tr' && a.tokens[i]!.cap && !!next && next.sep === SEP.APOSTROPHE && !next.cap && next.text.length <= MAX_CASE_ENDING;
}

/**
 * The name is followed by its role on the team: "Emily, our new oncology nurse", "Léa, notre nouvelle
 * infirmière", "Giulia, la nostra nuova infermiera", or the role alone: "Léa Fournier, aide-soignante en
 * gériatrie", "Laura Gómez, nueva supervisora" — a clinician, not a patient. A title before another name is no role ("Maria, Dr. Lee will call").
 */
const MAX_APPOSITIVE_WORDS = 6;
const MAX_PERSON_APPOSITIVE_WORDS = 3;
export function staffAppositive(a: Analysis, end: number): boolean {
  let ours = false;
  return appositiveHas(a, end, MAX_APPOSITIVE_WORDS, (k) => {
    ours ||= (a.wordFlags[k]! & WORD.OUR_POSSESSIVE) !== 0;
    // The role first, or after one word ("nueva supervisora", "new charge nurse"), or a credential ("Jessica Moore, RN"), and not a name of its own.
    const role = k <= end + 1 && (!a.tokens[k]!.cap || a.tokens[k]!.upper) && !a.tokens[k + 1]?.cap;
    return (ours || role) && (a.tags[k]! & TAG.STAFF) !== 0;
  });
}

/** Words that thank, folded: a titled name right after them is thanked ("Thank you Mrs. Jones", "Un grand merci à Mme Bernard"). */
const THANKS = new Set(['thanks', 'thank', 'merci', 'gracias', 'grazie', 'tesekkurler', 'tesekkur']);
const THANKS_REACH = 3;

/** The title at `title` follows a word of thanks in its sentence, a few words before. */
function thankedBefore(a: Analysis, title: number): boolean {
  for (let k = Math.max(0, title - THANKS_REACH); k < title; k++) if (a.sentence[k] === a.sentence[title] && THANKS.has(a.tokens[k]!.key)) return true;
  return false;
}

/** After a name ending at `end`, a comma and then, within `maxWords` words of one clause, a word that passes `test`. */
function appositiveHas(a: Analysis, end: number, maxWords: number, test: (k: number) => boolean): boolean {
  const { tokens } = a;
  if (end >= tokens.length || !(tokens[end]!.sep & SEP.COMMA) || tokens[end]!.sep & (SEP.STOP | SEP.NEWLINE)) return false;
  for (let k = end; k < Math.min(tokens.length, end + maxWords); k++) {
    if (k > end && tokens[k]!.sep & ~SEP.SPACE) return false;
    if (test(k)) return true;
  }
  return false;
}

/** Tokens [first, end) are all there is on their line: a name on a line of its own, as in lists and signatures. */
function wholeLine(a: Analysis, first: number, end: number): boolean {
  const startsLine = first === 0 || (a.tokens[first]!.sep & SEP.NEWLINE) !== 0;
  const endsLine = end === a.tokens.length || (a.tokens[end]!.sep & SEP.NEWLINE) !== 0;
  return startsLine && endsLine && end - first >= 2;
}

const TABLE_RULE = /[|¦]/;
/** Tokens [first, end) fill a cell of a table ("¦ Noel Flantier ¦ 96.2 ± 0.7 ¦"): bounded by rules or line ends, with a rule on one side at least. */
function wholeCell(a: Analysis, first: number, end: number): boolean {
  const before = first === 0 ? '\n' : a.text.slice(a.tokens[first - 1]!.end, a.tokens[first]!.start);
  const after = end === a.tokens.length ? '\n' : a.text.slice(a.tokens[end - 1]!.end, a.tokens[end]!.start);
  const bounded = (gap: string) => TABLE_RULE.test(gap) || gap.includes('\n');
  return end - first >= 2 && bounded(before) && bounded(after) && (TABLE_RULE.test(before) || TABLE_RULE.test(after));
}

/** Tokens [first, end) are a place or part of one ("Sierra Leone", "San Fernando"). */
function insidePlace(a: Analysis, first: number, end: number): boolean {
  let anyPlaceWord = false;
  for (let k = first; k < end && !anyPlaceWord; k++) anyPlaceWord = inPlaceName(a, k);
  if (!anyPlaceWord) return false;
  for (let from = Math.max(0, first - 2); from <= first; from++) {
    for (let to = end; to <= Math.min(a.tokens.length, end + 2); to++) if (isPlace(a, from, to)) return true;
  }
  return false;
}

// "the Golden Heart Award", "the Florence Nightingale Prize": the capitals before these name an honour, not whoever receives it.
const HONOURS = new Set(['award', 'awards', 'prize', 'medal', 'trophy', 'scholarship', 'fellowship', 'lecture']);
const namesHonour = (a: Analysis, end: number) => {
  const next = a.tokens[end];
  return !!next && next.cap && next.sep === SEP.SPACE && HONOURS.has(next.key);
};

/** A capitalised word at the start of a sentence may be capitalised for that reason alone. */
/**
 * The name follows a form's label: a label word ("Psychologue :", "Contact:") or, in French typography,
 * any words before a spaced colon ("Internes : JALONNET Christine"). Not a headline's "VIDEO: …".
 */
function afterLabelColon(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (!(t.sep & SEP.COLON) || i === 0) return false;
  const LABEL = TAG.NAME_LABEL | TAG.STAFF | TAG.PATIENT_NOUN | TAG.PERSON_NOUN;
  if (a.tags[i - 1]! & LABEL) return true;
  // A numbered label: "Patient 2 : Darinet Antoine".
  if (i > 1 && a.tokens[i - 1]!.isNumber && a.tags[i - 2]! & LABEL) return true;
  const gap = a.text.slice(a.tokens[i - 1]!.end, t.start);
  return gap.includes(' :');
}

export function detectNames(a: Analysis, context: TextContext): Candidate[] {
  const found: Candidate[] = [];
  const { tokens } = a;
  // A clinical note is no headline: its capitals are names, units and headings.
  const titleCase = context.clinical ? new Set<number>() : titleCaseSentences(a);
  // Tokens inside a name found so far.
  const named = new Uint8Array(tokens.length);
  // Names of two words or more found so far, whose parts may stand alone elsewhere.
  const fullNames: Array<[number, number]> = [];
  // After an abbreviated title a place's name is a person's ("Dr. Burke", "Ms. Austin"); elsewhere it is the place.
  const add = (first: number, end: number, ruleId: string, strength: Strength, titled = false) => {
    if (end <= first || (!titled && (insidePlace(a, first, end) || namesHonour(a, end) || inFirmName(a, first, end)))) return;
    // "St. Mary's", "St. Jude Hospital": a saint's name that a place of care takes; "Saint Lager J-N" is a surname.
    if (first > 0 && SAINTS.has(tokens[first - 1]!.key) && (tokens[first]!.sep & ~(SEP.SPACE | SEP.PERIOD | SEP.HYPHEN)) === 0 && namesAPlace(end)) return;
    // "Our CEO Jane Porter", "our pharmacist Tom Reyes": a role right before the name, as after it.
    const roleBefore = first > 0 && tokens[first]!.sep === SEP.SPACE && (a.tags[first - 1]! & TAG.STAFF) !== 0;
    if (roleBefore || staffAppositive(a, end)) ruleId = 'name.staff';
    named.fill(1, first, end);
    if (end - first >= 2) fullNames.push([first, end]);
    found.push({
      start: tokens[first]!.start,
      end: tokens[end - 1]!.end,
      category: 'NAME',
      ruleId,
      strength,
      reason: { key: ruleId === 'name.staff' ? 'reason_name_staff' : 'reason_name' },
    });
  };

  /** After a name ending at `end`: the possessive of a place ("St. Mary's") or a place of care ("St. Jude Hospital"). */
  const namesAPlace = (end: number) => {
    const next = tokens[end];
    return !!next && ((next.key === 's' && next.sep === SEP.APOSTROPHE) || (next.sep === SEP.SPACE && (a.startTags[end]! & TAG.SETTING) !== 0));
  };
  /**
   * Token i is capitalised mid-sentence, after a small word (which may itself open the sentence, "Hoy"): not after
   * a given name ("Rob Ford"), a handle or a link ("@ChaplainSimonE Don't"), nor as a contraction's first half ("Don't").
   */
  const capitalOfName = (i: number) => {
    if (i === 0 || startsSentence(a, i) || tokens[i]!.sep !== SEP.SPACE || (tokens[i + 1]?.sep ?? 0) & SEP.APOSTROPHE) return false;
    const before = tokens[i - 1]!;
    // A plain word: the text's first, or after a space or comma (not the tail of a link, a handle or a number).
    const plain = !before.isNumber && (i === 1 || (before.sep !== 0 && (before.sep & ~(SEP.SPACE | SEP.COMMA)) === 0));
    // …and a small word ("para Mía", "con Marta", "Hoy Lucía"), not a noun the capital may name ("la carte Vitale").
    return plain && (!before.cap || startsSentence(a, i - 1)) && !isFirstName(a, i - 1) && isStopword(a, i - 1);
  };
  /** Joined to the previous token as part of one name: space, hyphen, apostrophe, or the period of an initial. */
  const joins = (j: number) => {
    const sep = tokens[j]!.sep;
    if (sep !== 0 && (sep & ~NAME_JOIN) === 0) return true;
    // After an initial: "J. Smith", "J.-C. Keppy", "B.-R. COURT".
    return (sep & ~(SEP.PERIOD | SEP.SPACE | SEP.HYPHEN)) === 0 && sep !== 0 && isInitial(tokens[j - 1]!);
  };
  /** A word that can be part of a name once a name has started. */
  const nameWord = (j: number) => {
    const t = tokens[j]!;
    if (t.isNumber) return false;
    // "C./ Melchor Fernández" is a street ("calle"), not an initial.
    if (isInitial(t)) return !(j + 1 < tokens.length && tokens[j + 1]!.sep & SEP.SLASH);
    // "Dr. Albert Lila Tél : 01 56…": a contact label ends the name.
    if (CONTACT_LINE_STARTS.has(t.key)) return false;
    // "Johnson Inc." is a company.
    if (COMPANY_ENDINGS.has(t.key)) return false;
    if (!t.cap) return isListedName(a, j) && !isCommonWord(a, j);
    return !isStopword(a, j) && !hasOtherMeaning(a, j);
  };
  /** The end of a name that starts at token j (exclusive), or j when no name word stands there. */
  const extend = (j: number, limit = MAX_NAME_WORDS) => {
    let end = j;
    for (let k = j; k < tokens.length && k - j < limit; k++) {
      if (k > j && !joins(k)) break;
      if (PARTICLES.has(tokens[k]!.key) && tokens[k + 1]?.cap && joins(k + 1)) continue;
      if (nameWord(k)) end = k + 1;
      else break;
    }
    return end;
  };
  /** A name right after a cue (title, label, "patient"): capitalised, an initial, or a listed name even in lower case. */
  const startsName = (j: number) =>
    j < tokens.length && ((nameWord(j) && (tokens[j]!.cap || isListedName(a, j))) || (tokens[j]!.cap && PARTICLES.has(tokens[j]!.key) && !!tokens[j + 1]?.cap && nameWord(j + 1)));

  /**
   * A record writes the surname first, alone on its line or after a label: "Dupuis Pierre", "Foubert, Daniel
   * Rene", "Contacts : Verdot Sophie Tél …". The first name starts at i and its words end at `end`.
   */
  const surnameFirst = (i: number, end: number) => {
    const j = i - 1;
    if (j < 0 || !(tokens[i]!.sep === SEP.SPACE || tokens[i]!.sep === (SEP.COMMA | SEP.SPACE))) return false;
    const w = tokens[j]!;
    // A listed surname that is also a word ("Renard", "Vaillant") needs the record's numbers after it: "Renard Monique  1 9 4 0…".
    const wordSurname = isCommonWord(a, j) && !(isLastName(a, j) && !isStopword(a, j) && tokens[end]?.isNumber);
    if (!w.cap || w.upper || w.text.length < 3 || !nameWord(j) || isFirstName(a, j) || wordSurname || isPlaceWord(a, j) || a.tags[j]! & TAG.GREETING || OPENING_WORDS.has(w.key)) return false;
    // Only given names follow ("Sinnaeve Jean Noel Alfred"); "Remembering Florence Nightingale," has its surname after.
    for (let k = i + 1; k < end; k++) if (!isFirstName(a, k)) return false;
    // Or a field between the record's numbers: "2 9 0 2 1 9 9  Renard Monique  1 9 4 0 …".
    const betweenNumbers = j > 0 && tokens[j - 1]!.isNumber && !!tokens[end]?.isNumber;
    return (opensRecord(j) || betweenNumbers) && closesRecord(end);
  };
  /** After the name, a comma and a person word: ", la niña", ", the girl", ", notre petit patient". */
  const personAppositive = (j: number) => appositiveHas(a, j, MAX_PERSON_APPOSITIVE_WORDS, (k) => (a.tags[k]! & (TAG.PERSON_NOUN | TAG.PATIENT_NOUN)) !== 0);
  /** A record's name starts its line or follows a label ("Contacts : …"). */
  const opensRecord = (j: number) => j === 0 || (tokens[j]!.sep & SEP.NEWLINE) !== 0 || afterLabelColon(a, j);
  /** …and ends its line or its field: a comma, a "|", a number follows. */
  const closesRecord = (end: number) => {
    const next = tokens[end];
    return !next || (!(next.sep & SEP.STOP) && ((next.sep & (SEP.NEWLINE | SEP.COMMA | SEP.OTHER)) !== 0 || (next.isNumber && next.sep !== 0) || CONTACT_LINE_STARTS.has(next.key)));
  };
  /**
   * A record's line or a table's cell: the surname first and the given names up to a number or the line's end
   * ("Mauconduit Marie" / "+71 5 12…", "Renard Monique  1 9 4 0…"), or a cell of names ("¦ Pierre Robert Fontaine ¦").
   * There even a given name that is also a word ("Marie", "Pierre") is one.
   */
  const recordLine = (first: number, i: number, end: number, cell: boolean) => {
    const next = tokens[end];
    return cell || (first < i && (!next || (next.sep & (SEP.NEWLINE | SEP.OTHER)) !== 0 || (next.isNumber && next.sep !== 0)));
  };
  /** The end of the initials ("R.", "P.J.", "J.-C.", "D.-G") that start at token j, or -1. */
  const initialsEnd = (j: number) => {
    if (j >= tokens.length || !isInitial(tokens[j]!)) return -1;
    let end = j + 1;
    while (end < tokens.length && isInitial(tokens[end]!) && tokens[end]!.sep !== 0 && (tokens[end]!.sep & ~(SEP.PERIOD | SEP.HYPHEN)) === 0) end++;
    return end;
  };

  /**
   * The names that continue a title's name as an enumeration closed by a conjunction: "MM. Martínez,
   * Fitzgerald et Pannick", "Drs. Lee, Moreau and Patel". Without the closing "and X" it is no list of names.
   */
  const enumeration = (from: number): Array<[number, number]> => {
    const items: Array<[number, number]> = [];
    const spaced = (k: number, flag: number) => (tokens[k]!.sep & flag) !== 0 && (tokens[k]!.sep & ~(flag | SEP.SPACE)) === 0;
    for (let k = from; k < tokens.length && items.length < MAX_LISTED_NAMES; ) {
      const next = tokens[k + 1];
      if (CONJUNCTIONS.has(tokens[k]!.key) && tokens[k]!.sep === SEP.SPACE && next?.cap && next.sep === SEP.SPACE && startsName(k + 1)) {
        items.push([k + 1, extend(k + 1, 3)]);
        return items;
      }
      if (!spaced(k, SEP.COMMA) || !tokens[k]!.cap || !startsName(k)) break;
      const end = extend(k, 3);
      items.push([k, end]);
      k = end;
    }
    return [];
  };

  /** A capitalised word of small letters that no list knows: not a name, word, place, stop word or term. */
  const unknownNameWord = (j: number) => {
    const t = tokens[j]!;
    return t.cap && !t.upper && t.text.length > 2 && SMALL_END.test(t.text) && a.wordFlags[j] === 0 && !hasOtherMeaning(a, j) && !inLink(t);
  };
  /** An unlisted name word: capitalised, not an ordinary word, a place or a term of the lexicons. */
  const unlistedNameWord = (j: number) => tokens[j]!.cap && tokens[j]!.text.length > 1 && nameWord(j) && !isCommonWord(a, j) && !isPlaceWord(a, j);
  /** Token i, a middle initial, then a capitalised word. Without the initial's period, not "Plan A Trial" or a headline. */
  const middleInitial = (i: number) => {
    const mid = tokens[i + 1];
    const last = tokens[i + 2];
    // Not inside a run of initials and names ("C. Carlizian D. DEMOUCHET"), which the initials rule reads.
    if (i > 0 && isInitial(tokens[i - 1]!)) return false;
    if (!mid || !last || !isInitial(mid) || mid.sep !== SEP.SPACE || !(last.sep & SEP.SPACE) || (last.sep & ~(SEP.SPACE | SEP.PERIOD)) !== 0) return false;
    if (!unlistedNameWord(i) || !unlistedNameWord(i + 2) || titleCase.has(a.sentence[i]!)) return false;
    return (last.sep & SEP.PERIOD) !== 0 || !WORD_LETTERS.has(mid.text);
  };
  /**
   * Lower-case "emidio p lombardo", "eric g. samoylova": a listed given name that is no word, a letter, and a word that
   * is no stop word, term or ordinary word. Not "a" or "i" without a period ("john a nurse", "maria i think").
   */
  const lowerMiddleInitial = (i: number) => {
    const mid = tokens[i + 1];
    const last = tokens[i + 2];
    if (!mid || !last || mid.text.length !== 1 || mid.isNumber || mid.cap || mid.sep !== SEP.SPACE || last.cap || last.isNumber || last.text.length < 3) return false;
    const period = (last.sep & SEP.PERIOD) !== 0;
    if ((last.sep & ~(SEP.SPACE | SEP.PERIOD)) !== 0 || !(last.sep & SEP.SPACE) || (isStopword(a, i + 1) && !period)) return false;
    return !isStopword(a, i + 2) && !isCommonWord(a, i + 2) && !hasOtherMeaning(a, i + 2) && !isPlaceWord(a, i + 2);
  };
  /** A line of two or three name words over a contact line: a signature ("Patrique Pizzila" / "Tel : 06 49…"). */
  /** A first name that is also a city ("Charlotte", "Austin") is a name before a listed surname: "Charlotte Nielsen". */
  const placeFirstName = (i: number) => {
    const next = tokens[i + 1];
    return !!next && next.cap && joins(i + 1) && isLastName(a, i + 1) && !isCommonWord(a, i + 1) && !isPlaceWord(a, i + 1) && !hasOtherMeaning(a, i + 1);
  };
  const signatureLine = (i: number) => {
    const end = lineEnd(a, i);
    // A heading ends in a colon ("Personal Info:"); a name does not.
    if (end - i < 2 || end - i > 3 || end >= tokens.length || tokens[end]!.sep & SEP.COLON || !CONTACT_LINE_STARTS.has(tokens[end]!.key)) return false;
    for (let k = i; k < end; k++) if (!unlistedNameWord(k) || (k > i && !joins(k))) return false;
    return true;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const startTags = a.startTags[i]!;

    if (startTags & TAG.TITLE) {
      const e = phraseEnd(a, i, TAG.TITLE);
      const single = e === i + 1 && t.text.length === 1;
      const gap = e < tokens.length ? tokens[e]!.sep : 0;
      const gapOk = gap !== 0 && (gap & ~(SEP.SPACE | SEP.PERIOD)) === 0;
      // "M." and "D." are titles only as a capital followed by a period, or before an upper-case surname ("M LEBEAU").
      // In a Title Case headline every word is capitalised: after a word title ("Doctor Speaks…", "Sister Act")
      // only a listed name is a name; abbreviated honorifics (Mr, Sra., Mme, Dr.) are followed by names anyway.
      const abbreviated = tokens[e - 1]!.text.length <= 4;
      // A word title's period ends its sentence: "…old enough to be a nurse. Made my week".
      const closesSentence = !abbreviated && (gap & SEP.PERIOD) !== 0;
      const nameAfter = startsName(e) && (abbreviated || !titleCase.has(a.sentence[e]!) || (isListedName(a, e) && !isCommonWord(a, e)) || isInitial(tokens[e]!));
      if (gapOk && !closesSentence && (!single || (t.cap && (gap & SEP.PERIOD || tokens[e]!.upper))) && nameAfter) {
        const staff = phraseEnd(a, i, TAG.STAFF) > 0;
        const end = extend(e);
        // "M. M." is two initials, not the title "M." and a name.
        if (!(single && end === e + 1 && isInitial(tokens[e]!))) {
          // A place after "signora", "Madame", "señora" is a person's name too ("alla signora Bruno").
          const ruleId = staff ? 'name.staff' : thankedBefore(a, i) ? 'name.thanked' : 'name.title';
          add(e, end, ruleId, 'strong', abbreviated || (a.tags[e - 1]! & TAG.PERSON_NOUN) !== 0);
          for (const [from, to] of enumeration(end)) add(from, to, ruleId, 'strong');
        }
      }
    }

    if (startTags & TAG.TITLE_AFTER && i > 0 && (t.sep & ~SEP.SPACE) === 0) {
      let first = i;
      // Not back over the greeting: "Merhaba Can Bey" names Can.
      while (first > 0 && i - first < 3 && nameWord(first - 1) && !(a.tags[first - 1]! & TAG.GREETING) && (tokens[first - 1]!.cap || isListedName(a, first - 1)) && (first === i || joins(first))) first--;
      // "hemşiremiz Ayşe Hanım": a staff word before the name makes it a clinician's.
      add(first, i, first > 0 && a.tags[first - 1]! & TAG.STAFF ? 'name.staff' : 'name.title', 'strong');
    }

    if (startTags & (TAG.NAME_LABEL | TAG.PATIENT_NOUN | TAG.GREETING)) {
      const labelEnd = phraseEnd(a, i, TAG.NAME_LABEL);
      if (labelEnd > 0 && labelEnd < tokens.length) {
        const sep = tokens[labelEnd]!.sep;
        const preposition = LABEL_PREPOSITIONS.has(tokens[labelEnd - 1]!.key);
        // "What's your last name? Langrová": the answer to a question for a name.
        const answer = labelEnd - i >= 3 && tokens[labelEnd - 1]!.key === 'name' && (sep & SEP.STOP) !== 0 && a.text.slice(tokens[labelEnd - 1]!.end, tokens[labelEnd]!.start).includes('?');
        if (answer || ((sep & SEP.COLON || (preposition && (sep & ~SEP.SPACE) === 0)) && !(sep & SEP.NEWLINE))) {
          let j = labelEnd;
          const titleEnd = phraseEnd(a, j, TAG.TITLE);
          if (titleEnd > 0) j = titleEnd;
          // In a Title Case headline ("Cologuard: A Stool Test…") only a listed name counts after a colon.
          const plausible = !titleCase.has(a.sentence[j]!) || (isListedName(a, j) && !isCommonWord(a, j));
          // What the label names is a name even when it is also a month or a place ("my name is Ján", "…is vitoria").
          const named = j < tokens.length && !tokens[j]!.isNumber && !isStopword(a, j) && (tokens[j]!.cap || isListedName(a, j));
          // "named Physician of the Year": a role, not a name.
          const role = titleEnd < 0 && j < tokens.length && (a.tags[j]! & TAG.STAFF) !== 0;
          if ((startsName(j) || (preposition && named)) && plausible && !role) {
            const end = Math.max(j + 1, extend(j, Math.min(MAX_NAME_WORDS + 1, lineEnd(a, j) - j)));
            add(j, end, titleEnd > 0 && phraseEnd(a, labelEnd, TAG.STAFF) > 0 ? 'name.staff' : 'name.label', 'strong', true);
          }
        }
      }
      for (const [tag, ruleId] of [[TAG.PATIENT_NOUN, 'name.patient'], [TAG.GREETING, 'name.greeting']] as const) {
        let e = phraseEnd(a, i, tag);
        if (e < 0 || e >= tokens.length || (tokens[e]!.sep & ~(SEP.SPACE | SEP.COMMA)) !== 0) continue;
        // "our Patient Relations team", "Patient Experience": the word after "patient" names a service.
        if (tag === TAG.PATIENT_NOUN && a.lexicon.servicesAfter.has(tokens[e]!.key)) continue;
        // "Congrats to Jake", "Enhorabuena a Lucía": after the preposition only a listed first name (not "Thanks to Pfizer").
        if (tag === TAG.GREETING && CARE_PREPOSITIONS.has(tokens[e]!.key) && tokens[e]!.sep === SEP.SPACE) {
          if (e + 1 < tokens.length && tokens[e + 1]!.sep === SEP.SPACE && tokens[e + 1]!.cap && isFirstName(a, e + 1) && !isPlaceWord(a, e + 1)) e++;
          else continue;
        }
        // After "patient" or "Hi", a capitalised word that is not an ordinary word, or a listed name, or initials;
        // not a day ("Walk-ins welcome Monday through Friday").
        const next = tokens[e]!;
        if (isWeekdayOnly(a, e)) continue;
        // A one-letter word is no initial here: "Hi, I'm Sarah", "the patient I saw", "Hola, y gracias".
        if (isInitial(next) && isStopword(a, e)) continue;
        const initials = isInitial(next) || (next.upper && next.text.length <= 3 && !hasOtherMeaning(a, e));
        // "patient Mukpo" names someone; in a Title Case headline ("A Patient Responsible For") capitals mean nothing.
        const unlistedOk = next.cap && !titleCase.has(a.sentence[e]!);
        if (initials || (startsName(e) && (isListedName(a, e) ? !isCommonWord(a, e) || next.cap : unlistedOk))) add(e, extend(e), ruleId, 'strong');
      }
    }

    // "little Noah in the PICU", "al pequeño Hugo", "minik Emir'e": a child, so no colleague, whatever ward is named.
    if (a.wordFlags[i]! & WORD.CHILD && i + 1 < tokens.length && tokens[i + 1]!.sep === SEP.SPACE && tokens[i + 1]!.cap && isFirstName(a, i + 1) && !isPlaceWord(a, i + 1)) {
      add(i + 1, extend(i + 1, 2), 'name.child', 'strong');
    }

    if (startTags & TAG.CARE_EVENT) {
      const e = phraseEnd(a, i, TAG.CARE_EVENT);
      for (let p = e; p < Math.min(tokens.length - 1, e + MAX_WORDS_BEFORE_PREPOSITION + 1); p++) {
        if (tokens[p]!.sep !== SEP.SPACE) break;
        if (!CARE_PREPOSITIONS.has(tokens[p]!.key)) continue;
        const j = p + 1;
        // Even a first name that is also a word ("Carmen", "Maria") is the person here; not a place ("admitted to Charlotte").
        if (tokens[j]!.sep === SEP.SPACE && tokens[j]!.cap && isFirstName(a, j) && !isPlaceWord(a, j) && !hasOtherMeaning(a, j)) add(j, extend(j, 3), 'name.patient', 'strong');
        break;
      }
    }

    const midChain = i > 0 && isInitial(tokens[i - 1]!) && t.sep & SEP.PERIOD;
    if (isInitial(t) && !midChain && i + 1 < tokens.length && tokens[i + 1]!.sep & SEP.PERIOD && !(tokens[i + 1]!.sep & (SEP.NEWLINE | SEP.STOP))) {
      // "J. Smith", "P.E. Jilliot", "Z.Phillot": after an initial, a capitalised surname. After several
      // letters ("U.S. House", "N.I.H. Seeks") only a listed surname, since those are mostly acronyms.
      let j = i + 1;
      while (j < tokens.length && isInitial(tokens[j]!) && tokens[j]!.sep & SEP.PERIOD) j++;
      const chain = j - i;
      const word = tokens[j];
      const listStart = i === 0 || tokens[i]!.sep & (SEP.NEWLINE | SEP.COMMA | SEP.COLON | SEP.HYPHEN | SEP.OTHER) || isInitial(tokens[i - 1]!);
      if (word && word.cap && word.text.length > 1 && nameWord(j)) {
        const next = tokens[j + 1];
        const alone = !next || !next.cap || !joins(j + 1) || isInitial(next);
        const listed = isListedName(a, j) && !isCommonWord(a, j);
        const plausible = listed || (chain === 1 && (word.upper || ((listStart || !(word.sep & SEP.SPACE)) && alone && !titleCase.has(a.sentence[j]!))));
        if (plausible) add(i, extend(j, 2), 'name.initials', 'strong');
      }
    }

    const initial = tokens[i + 1];
    if (t.upper && t.text.length > 2 && nameWord(i) && initial && isInitial(initial) && joins(i + 1) && a.text[initial.end] === '.') {
      // "GREMILLON G.", "SERRE M.": a record's upper-case surname and an initial.
      add(i, i + 2, 'name.record', 'strong');
    } else if (t.cap && t.text.length > 2 && initial && tokens[i + 1]!.sep === SEP.SPACE && opensRecord(i) && nameWord(i) && !isCommonWord(a, i) && !isPlaceWord(a, i)) {
      // "Pellerin R.", "Louet J.-C.", "CHAILLOUX A": a surname and initials alone in their field.
      // Without a period the letter must end the line or stand before a number ("Avoid A&E", "Enterovirus D68" are not names).
      const end = initialsEnd(i + 1);
      const next = tokens[end];
      const period = end > 0 && a.text[tokens[end - 1]!.end] === '.';
      if (end > 0 && closesRecord(end) && (period || !next || next.sep & SEP.NEWLINE || (next.isNumber && next.sep === SEP.SPACE))) add(i, end, 'name.record', 'strong');
    }

    // Words placed as people's names are, listed or not: "Faina D. Yefremova", "Ravil G Yefimov".
    // Not in a clinical note, whose capitals and letters are mostly terms ("Factor V Leiden", "Vitamina B. Participa").
    if (!context.clinical && t.cap && !t.upper && t.text.length > 2 && middleInitial(i)) add(i, extend(i + 2, 2), 'name.full', 'strong');
    if ((i === 0 || t.sep & SEP.NEWLINE) && signatureLine(i)) add(i, lineEnd(a, i), 'name.signature', 'weak');

    if (!t.isNumber && isFirstName(a, i) && !isStopword(a, i) && !(a.tags[i]! & TAG.GREETING) && !hasOtherMeaning(a, i) && (!isPlaceWord(a, i) || placeFirstName(i))) {
      const common = isCommonWord(a, i) && !turkishProperNoun(a, i);
      if (t.cap) {
        let first = i;
        // An upper-case surname before the first name ("JALONNET Christine").
        while (first > 0 && i - first < 3 && joins(first) && tokens[first - 1]!.upper && tokens[first - 1]!.text.length > 2 && nameWord(first - 1)) first--;
        // A surname is a capitalised word, but not a two-letter capital ("Sandy KO", "Maria TV").
        const surname = (j: number) => j < tokens.length && joins(j) && tokens[j]!.cap && nameWord(j) && !(tokens[j]!.upper && tokens[j]!.text.length <= 2);
        const end = surname(i + 1) ? extend(i + 1) : i + 1;
        if (first === i && surnameFirst(i, end)) first = i - 1;
        const words = end - first;
        // Mid-sentence capitals mean a name even when both words are also ordinary ones ("John Smith"), and so
        // does a compound of two first names anywhere ("Jean-Pierre", "Marie-Claire").
        const compound = end === i + 2 && tokens[i + 1]!.sep === SEP.HYPHEN && isFirstName(a, i + 1);
        const capitalsCount = !startsSentence(a, first) || compound;
        const surnameListed = (first < i && isListedName(a, first)) || (end > i + 1 && isListedName(a, end - 1) && (!isCommonWord(a, end - 1) || (capitalsCount && !titleCase.has(a.sentence[i]!))));
        // Upper-case names ("ROMAIN SPRITZ", "JALONNET Christine") and names after a form's colon
        // ("Internes : Rémi Foliet") are how records and notes write people, not how news does.
        const cell = words >= 2 && wholeCell(a, first, end);
        const recordStyle = (tokens[first]!.upper && tokens[end - 1]!.upper) || first < i || afterLabelColon(a, first) || wholeLine(a, first, end) || cell;
        // A cell may hold words ("¦ Grace Period ¦"): with a given name that is also a word and no listed surname it is only a guess.
        const cellOfWords = cell && common && !surnameListed && !(isLastName(a, end - 1) && end - 1 > i);
        if (words >= 2 && (!common || surnameListed || tokens[i + 1]?.upper || capitalsCount || recordLine(first, i, end, cell))) {
          if (cellOfWords) add(first, end, 'name.partial', 'weak');
          else if (recordStyle) add(first, end, 'name.record', 'strong');
          else if (surnameListed) add(first, end, 'name.full', 'strong');
          else if (!titleCase.has(a.sentence[i]!)) add(first, end, 'name.partial', 'weak');
        } else if (words === 1 && !t.upper && personAppositive(i + 1)) {
          // "ver a Martina, la niña que operamos", "Emma, the girl in bed 3": the words after the comma say it is a person.
          add(i, i + 1, 'name.single', 'weak');
        } else if (words === 1 && !common && !t.upper && !titleCase.has(a.sentence[i]!)) {
          // At a sentence start a capital proves nothing, unless the sentence goes on in lower case ("Catherine is…")
          // or the name heads a line before a colon ("Nicole: Remember me").
          const next = tokens[i + 1];
          if (!startsSentence(a, i) || (next && !next.cap && !next.isNumber) || (next && next.sep & SEP.COLON)) add(i, i + 1, 'name.single', 'weak');
        } else if (words === 1 && common && !t.upper && !titleCase.has(a.sentence[i]!) && capitalOfName(i)) {
          // A given name that is also a word, capitalised mid-sentence ("para Mía", "con Marta", "Hoy Lucía, de la
          // habitación 6…"): the capital is the name's, not the word's.
          add(i, i + 1, 'name.single', 'weak');
        }
      } else if (!common && i + 1 < tokens.length && joins(i + 1)) {
        // Lower-case "john smith": both words in the lists and neither an ordinary word.
        const next = tokens[i + 1]!;
        if (!next.cap && isLastName(a, i + 1) && !isCommonWord(a, i + 1) && !hasOtherMeaning(a, i + 1)) add(i, i + 2, 'name.lowercase', 'weak');
        else if (lowerMiddleInitial(i)) add(i, i + 3, 'name.lowercase', 'weak');
      }
    } else if (!named[i] && t.cap && !t.upper && !t.isNumber && t.text.length > 2 && isLastName(a, i) && !isCommonWord(a, i) && !hasOtherMeaning(a, i) && !isPlaceWord(a, i) && !startsSentence(a, i) && !titleCase.has(a.sentence[i]!)) {
      add(i, extend(i, 3), 'name.single', 'weak');
    }
  }
  // A clinical note's lists are of drugs and markers ("CK20, Cromogranina y Sinaptofisina"), not people.
  if (!context.clinical) coordinatedNames(a, titleCase, named, unlistedNameWord, extend, (first, end, titled) => add(first, end, 'name.single', 'weak', titled));
  // Two words no list has, capitalised right after a word that takes a person ("Follow up with Satsita Umkhayev",
  // "directed by Wacława Adamska", "I'm Bojka Žilih"). An institution takes an article there ("con la Agencia Tributaria"), and a longer
  // run of capitals is an organisation's ("with Google Public Data Explorer"); still only a guess.
  if (!context.clinical) {
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (named[i] || named[i + 1] || !takesPerson(tokens, i - 1) || tokens[i]!.sep !== SEP.SPACE || tokens[i + 1]!.sep !== SEP.SPACE) continue;
      if (titleCase.has(a.sentence[i]!)) continue;
      if (!unknownNameWord(i) || !unknownNameWord(i + 1)) continue;
      const before = tokens[i - 1]!;
      const after = tokens[i + 2];
      if ((before.cap && joins(i)) || (after && after.cap && joins(i + 2))) continue;
      add(i, i + 2, 'name.partial', 'weak');
      i++;
    }
  }
  // A relative named after a possessive: "my kid Agi", "your daughter Zoya", "mi hijo Pablo", "oğlum Emre"; a guess,
  // since it is as often the writer's own family or someone in the news, and nothing in a Title Case headline
  // ("What Do Your Kids Know").
  // Turkish writes the possessive on the word itself: "oğlum Emre", "kızınız Elif".
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!(a.wordFlags[k]! & WORD.FAMILY) || !(a.lang === 'tr' || (k > 0 && tokens[k]!.sep === SEP.SPACE && isPossessive(a, k - 1)))) continue;
    const j = k + 1;
    if (tokens[j]!.sep !== SEP.SPACE || !tokens[j]!.cap || named[j] || titleCase.has(a.sentence[j]!) || !startsName(j)) continue;
    add(j, extend(j, 3), 'name.single', 'weak');
  }
  // A speaker is a person even when a town has the name ("Bryan: You saved my life!").
  for (const i of dialogueSpeakers(a)) if (!named[i]) add(i, i + 1, 'name.single', 'weak', true);
  // Whose relative someone is: "I'm Misty's daughter", "Amanda's mom called" — a listed given name, even one that is
  // also a word, before the possessive and a family word.
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!(a.wordFlags[k + 1]! & WORD.FAMILY) || tokens[k + 1]!.sep !== SEP.SPACE || tokens[k]!.key !== 's' || tokens[k]!.sep !== SEP.APOSTROPHE) continue;
    const j = k - 1;
    if (named[j] || !isFirstName(a, j) || isStopword(a, j) || hasOtherMeaning(a, j) || (tokens[j]!.cap && titleCase.has(a.sentence[j]!))) continue;
    add(j, j + 1, 'name.single', 'weak', true);
  }
  for (const [first, end] of emailOwnerLines(a)) if (!named.subarray(first, end).some(Boolean)) add(first, end, 'name.partial', 'weak', true);
  for (const [first, end] of addresseeLines(a)) if (!named.subarray(first, end).some(Boolean)) add(first, end, 'name.partial', 'weak');
  for (const i of lowerCaseNameList(a)) if (!named[i]) add(i, i + 1, 'name.lowercase', 'weak');
  // Who is quoted, after the words: '…direction," says Du Cane.', "…, said Gladys to Logan", "…, dijo Zúñiga.".
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!(a.wordFlags[k]! & WORD.SPEECH_VERB) || tokens[k + 1]!.sep !== SEP.SPACE || !tokens[k + 1]!.cap || !startsName(k + 1)) continue;
    const end = extend(k + 1, 3);
    const next = tokens[end];
    const closes = !next || (next.sep & (SEP.STOP | SEP.COMMA | SEP.PERIOD | SEP.NEWLINE)) !== 0 || CARE_PREPOSITIONS.has(next.key);
    const last = tokens[end - 1]!;
    // Not a letter or an acronym ("says Vitamin D", "said NIH").
    if (end > k + 1 && closes && last.text.length > 2 && !last.upper && (named[k + 1] || !isCommonWord(a, end - 1) || isListedName(a, k + 1))) {
      if (!named[k + 1]) add(k + 1, end, 'name.single', 'weak');
      // …and whom they spoke to: "said Gladys to Logan", even a name a town has.
      const to = end + 1;
      if (next && CARE_PREPOSITIONS.has(next.key) && next.sep === SEP.SPACE && to < tokens.length && tokens[to]!.sep === SEP.SPACE && tokens[to]!.cap && !named[to] && isFirstName(a, to) && !hasOtherMeaning(a, to)) {
        add(to, extend(to, 2), 'name.single', 'weak', true);
      }
    }
  }
  if (!context.clinical) for (const [first, end] of personsOfVerbs(a, titleCase)) if (!named[first]) add(first, end, 'name.single', 'weak', true);
  for (const i of partsOfFullNames(a, fullNames, named)) add(i, i + 1, 'name.single', 'weak', true);
  return found;
}

/**
 * The addressee over a postal address: a line of two or three capitalised words over a line that opens on a house
 * number, with a street or a unit named there or on the line after ("Harry Sheppard" / "515 Gemsbok St" / "Apt. 460"),
 * maybe with the company's line between ("Julcsa Kárpáthy" / "Mhealthcoach" / "50668 Kiannonkatu 98"). The first word
 * is a given name, even one a town has ("Elizabeth Hanson"), or all are words no list knows ("Hafþór Smárason"). Only a
 * guess: "Main Office" or a service could stand there too.
 */
const STREET_TAGS = TAG.STREET_BEFORE | TAG.STREET_AFTER | TAG.ADDRESS_UNIT;
const MAX_COMPANY_WORDS = 4;
function addresseeLines(a: Analysis): Array<[number, number]> {
  const { tokens } = a;
  const found: Array<[number, number]> = [];
  const nameWord = (k: number) => {
    const t = tokens[k]!;
    return t.cap && !t.isNumber && t.text.length > 1 && !isStopword(a, k) && (a.tags[k]! & NOT_A_NAME_IN_LIST) === 0 && (!isPlaceWord(a, k) || isListedName(a, k));
  };
  /** Tokens [from, to) are a company's line: a few capitalised words and no number ("Flightaware", "Johnson Inc."). */
  const companyLine = (from: number, to: number) => {
    if (to - from > MAX_COMPANY_WORDS) return false;
    for (let k = from; k < to; k++) if (!tokens[k]!.cap || tokens[k]!.isNumber) return false;
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !(tokens[i]!.sep & SEP.NEWLINE)) continue;
    const end = lineEnd(a, i);
    if (end - i < 2 || end - i > 3 || end >= tokens.length) continue;
    let numberLine = end;
    if (!tokens[end]!.isNumber) {
      const next = lineEnd(a, end);
      if (next >= tokens.length || !tokens[next]!.isNumber || !companyLine(end, next)) continue;
      numberLine = next;
    }
    const unknown = a.wordFlags[i] === 0;
    let words = (isFirstName(a, i) && !hasOtherMeaning(a, i)) || unknown;
    for (let k = i; k < end && words; k++) words = nameWord(k) && !COMPANY_ENDINGS.has(tokens[k]!.key) && (!unknown || a.wordFlags[k] === 0 || isListedName(a, k));
    if (words && hasTagIn(a, numberLine, lineEnd(a, lineEnd(a, numberLine)), STREET_TAGS)) found.push([i, end]);
  }
  return found;
}

/**
 * A line whose words, run together, are the local part of an e-mail address in the same text: the address's owner
 * ("Einojuhani Pyysalo" … "EinojuhaniPyysalo@gustr.com", "bertram m. jørgensen" … "bertrammjorgensen@…"). Written
 * out in the address, the words are a person's name in any case and even when a list has them as words.
 */
const MAX_OWNER_WORDS = 4;
const MIN_LOCAL_PART = 6;
const LOCAL_PART_CHAR = /[\p{L}\p{N}._%+-]/u;
// Letters an address spells in ASCII ("jørgensen" as "jorgensen").
const ASCII_SPELLING: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ð: 'd', ł: 'l', đ: 'd', ı: 'i' };
const asciiLetters = (key: string) => key.replace(/[^a-z]/g, (c) => ASCII_SPELLING[c] ?? (/\p{L}/u.test(c) ? c : ''));
function emailOwnerLines(a: Analysis): Array<[number, number]> {
  const { text, tokens } = a;
  const locals = new Set<string>();
  for (let at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && LOCAL_PART_CHAR.test(text[from - 1]!)) from--;
    const local = asciiLetters(foldKey(text.slice(from, at)));
    if (local.length >= MIN_LOCAL_PART) locals.add(local);
  }
  const found: Array<[number, number]> = [];
  if (locals.size === 0) return found;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !(tokens[i]!.sep & SEP.NEWLINE)) continue;
    const end = lineEnd(a, i);
    if (end - i < 2 || end - i > MAX_OWNER_WORDS) continue;
    let joined = '';
    let k = i;
    for (; k < end && !tokens[k]!.isNumber && !inLink(tokens[k]!); k++) joined += tokens[k]!.key;
    if (k === end && locals.has(asciiLetters(joined))) found.push([i, end]);
  }
  return found;
}

/**
 * A transcript's speakers: lines that open on a capitalised word and a colon ("Ella: What a wife." / "Destiny: Remember
 * me…"), at least two of them and one a given name that is no word, so that headings ("Note: …", "Hours: 9-5") are no speakers; then
 * every speaker is a name, listed or not ("Ubul: What a wife." / "Nicole: Remember me…"), and so are names that are
 * also words.
 */
const MIN_SPEAKER_LINES = 2;
function dialogueSpeakers(a: Analysis): number[] {
  const lines: number[] = [];
  for (let i = 0; i + 1 < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    if ((i > 0 && !(t.sep & SEP.NEWLINE)) || !t.cap || t.upper || t.text.length < 3) continue;
    const next = a.tokens[i + 1]!;
    if (!(next.sep & SEP.COLON) || next.sep & SEP.NEWLINE || next.isNumber || isStopword(a, i)) continue;
    if (isFirstName(a, i) || !hasOtherMeaning(a, i)) lines.push(i);
  }
  return lines.length >= MIN_SPEAKER_LINES && lines.some((i) => isFirstName(a, i) && !isCommonWord(a, i)) ? lines : [];
}

/**
 * A list of given names in lower case, closed by a conjunction: "they had 6: silvana, adam, christopher, kristina, chad
 * and caleb." Every item a listed given name, most of them no ordinary word ("adam", "chad" are names here).
 */
const MIN_LISTED_ITEMS = 3;
function lowerCaseNameList(a: Analysis): number[] {
  const { tokens } = a;
  const found: number[] = [];
  const item = (j: number) => j >= 0 && j < tokens.length && !tokens[j]!.cap && !tokens[j]!.isNumber && isFirstName(a, j) && !isStopword(a, j);
  for (let c = 1; c + 1 < tokens.length; c++) {
    if (!CONJUNCTIONS.has(tokens[c]!.key) || tokens[c]!.sep !== SEP.SPACE || tokens[c + 1]!.sep !== SEP.SPACE || !item(c - 1) || !item(c + 1)) continue;
    const items = [c - 1, c + 1];
    for (let k = c - 1; k > 0 && items.length < MAX_LISTED_NAMES && tokens[k]!.sep === (SEP.COMMA | SEP.SPACE) && item(k - 1); k--) items.unshift(k - 1);
    const words = items.filter((j) => isCommonWord(a, j)).length;
    if (items.length >= MIN_LISTED_ITEMS && words * 2 < items.length) found.push(...items);
  }
  return found;
}

/**
 * Words listed with a name are names too: "Marrero and Murphy", "Kónya, Becker and Vasquez", "Hleb, Sheila, Sherry,
 * Donald and Shane". Only single capitalised words that are no term, in a list closed by a conjunction. A listed name
 * that is also a word or a place ("Sherry", "Salinas") is an item too; it anchors the list only when it is no word and
 * the list is not all places ("Torpy and Salinas", not "Denver, Austin and Houston"), so that "Pfizer and Moderna"
 * stays a list of companies.
 */
function coordinatedNames(
  a: Analysis,
  titleCase: Set<number>,
  named: Uint8Array,
  nameWordAt: (j: number) => boolean,
  extend: (j: number, limit?: number) => number,
  add: (first: number, end: number, titled: boolean) => void,
): void {
  const { tokens } = a;
  // A street word beside names is a surname ("Park and Mann"), so only other meanings rule an item out.
  const listedName = (j: number) => isListedName(a, j) && !isStopword(a, j) && (a.tags[j]! & NOT_A_NAME_IN_LIST) === 0;
  // A name ends in a small letter: not "IgE", "BRCA".
  // A whole word, not the end of "N-Cam".
  const item = (j: number) => {
    if (j < 0 || j >= tokens.length) return false;
    const sep = tokens[j]!.sep;
    if (j > 0 && (sep === 0 || sep & (SEP.HYPHEN | SEP.APOSTROPHE | SEP.SLASH))) return false;
    return tokens[j]!.cap && SMALL_END.test(tokens[j]!.text) && (nameWordAt(j) || listedName(j)) && !titleCase.has(a.sentence[j]!);
  };
  const anchors = (items: ReadonlyArray<[number, number]>) => {
    if (items.some(([first]) => named[first])) return true;
    const allPlaces = items.every(([first]) => isPlaceWord(a, first));
    return !allPlaces && items.some(([first]) => isListedName(a, first) && !isCommonWord(a, first));
  };
  for (let c = 1; c + 1 < tokens.length; c++) {
    const conjunction = tokens[c]!;
    if (!CONJUNCTIONS.has(conjunction.key) || conjunction.cap || conjunction.sep !== SEP.SPACE || tokens[c + 1]!.sep !== SEP.SPACE) continue;
    if (!item(c - 1) || !item(c + 1)) continue;
    const items: Array<[number, number]> = [[c - 1, c], [c + 1, extend(c + 1, 2)]];
    for (let k = c - 1; k > 0 && items.length < MAX_LISTED_NAMES && tokens[k]!.sep === (SEP.COMMA | SEP.SPACE) && item(k - 1); k--) items.unshift([k - 1, k]);
    if (!anchors(items)) continue;
    // Listed among people, a place's name is a person's ("Abramovich and Wilson").
    for (const [first, end] of items) if (!named[first]) add(first, end, true);
  }
}

/**
 * Whoever does what only people do, named by a word no list knows or by a listed name, even one a town has: the subject
 * opening a sentence ("Ciset lives on Rua Mina", "Mehrudin shouted at Todd", "Rintanen began writing as a teenager") and
 * the object ("shouted at Gary", "follow up with Satsita", "had given Belle his address" — a giving verb only with the
 * possessive after, not "gave Pfizer credit"). One or two capitalised words; nothing in a Title Case headline.
 */
const MAX_VERB_PERSON_WORDS = 2;
function personsOfVerbs(a: Analysis, titleCase: Set<number>): Array<[number, number]> {
  const { tokens, lexicon } = a;
  const found: Array<[number, number]> = [];
  const personWord = (k: number) => {
    const t = tokens[k];
    if (!t || !t.cap || t.upper || t.text.length < 3 || !SMALL_END.test(t.text) || inLink(t) || isStopword(a, k) || hasOtherMeaning(a, k)) return false;
    return a.wordFlags[k] === 0 || (isListedName(a, k) && !COMPANY_ENDINGS.has(t.key));
  };
  for (let v = 1; v < tokens.length; v++) {
    // A headline capitalises its verbs: one in lower case says the capitals around it are names ("Tomomi Nishiyama lives at…").
    if (!(lexicon.personSubjectVerbs.has(tokens[v]!.key) || lexicon.personObjectVerbs.has(tokens[v]!.key)) || (tokens[v]!.cap && titleCase.has(a.sentence[v]!))) continue;
    if (tokens[v]!.sep === SEP.SPACE && keyPhraseEnd(a, v, lexicon.personSubjectVerbs) > 0) {
      let first = v;
      while (first > 0 && v - first < MAX_VERB_PERSON_WORDS && personWord(first - 1) && (first === v || tokens[first]!.sep === SEP.SPACE)) first--;
      if (first < v && startsSentence(a, first)) found.push([first, v]);
    }
    const e = keyPhraseEnd(a, v, lexicon.personObjectVerbs);
    if (e < 0 || e >= tokens.length || tokens[e]!.sep !== SEP.SPACE || !personWord(e)) continue;
    let end = e + 1;
    if (end < tokens.length && tokens[end]!.sep === SEP.SPACE && personWord(end)) end++;
    // One word alone is a listed name ("speak to Admissions" is a desk).
    if (end === e + 1 && !isListedName(a, e)) continue;
    // "shouted at", "speak with" end on their preposition; a giving verb needs whose thing was given after the name.
    if (isStopword(a, e - 1) || isPossessive(a, end)) found.push([e, end]);
  }
  return found;
}

/**
 * A part of a full name found elsewhere in the text is that person again: "directed by Joakim Westgård and starring
 * Westgård", "Alvir spent a year as the assistant to Alvir D. Pušaver". Only capitalised words of three letters or more;
 * a part that is also an ordinary word counts away from the start of a sentence ("starring Key", not "Key findings").
 */
const MIN_PART_LENGTH = 3;
function partsOfFullNames(a: Analysis, fullNames: ReadonlyArray<[number, number]>, named: Uint8Array): number[] {
  if (fullNames.length === 0) return [];
  const { tokens } = a;
  const parts = new Set<string>();
  for (const [first, end] of fullNames) {
    for (let k = first; k < end; k++) {
      const t = tokens[k]!;
      // A lower-case name's parts too ("eric g. samoylova … early samoylova"), if they are no ordinary word.
      if ((t.cap || !isCommonWord(a, k)) && t.text.length >= MIN_PART_LENGTH && !PARTICLES.has(t.key) && !isStopword(a, k) && !hasOtherMeaning(a, k)) parts.add(t.text);
    }
  }
  // Where the whole name stands again, it is found whole (propagateRepeats), not word by word.
  const wholes = fullNames.map(([first, end]) => a.text.slice(tokens[first]!.start, tokens[end - 1]!.end));
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (named[i] || !parts.has(t.text) || inLink(t)) continue;
    const whole = wholes.find((w) => a.text.startsWith(w, t.start));
    if (whole) {
      while (i + 1 < tokens.length && tokens[i + 1]!.end <= t.start + whole.length) i++;
      continue;
    }
    if (isCommonWord(a, i) && startsSentence(a, i)) continue;
    found.push(i);
  }
  return found;
}
