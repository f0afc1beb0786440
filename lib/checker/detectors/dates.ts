import { sentenceHas, type Analysis } from '../analysis';
import type { Candidate } from '../detector';
import { WORD } from '../lexicon/lexicons';
import { TAG } from '../lexicon/tags';
import { SEP, type Token } from '../text/tokenize';
import type { TextContext } from './types';
import { sentencesWithDoses } from './doses';
import { isYear } from './tokenTests';
import { startsWithOneOf } from '../text/affixes';

/**
 * Dates about a person: numeric (12/03/2021, 2021-03-12, 12.03.21, 23022018), written in any of the five
 * languages ("12 de marzo de 2021", "March 12, 2021", "27 haziran", "05nov", "octobre 2016") and bare
 * years ("en 2012"). A date is reported only when it is tied to a person: a cue such as "date of birth",
 * "admitted", "fecha de ingreso", "taburcu edildi" stands near it, or the text is a clinical note. A bare
 * date, or one in news ("study", "campaign", "loi du"), is not PHI.
 */
const DATE_SEPARATORS = SEP.SLASH | SEP.HYPHEN | SEP.PERIOD;
const CUE_WINDOW = 8;
// Where the event follows its date it follows at once, after a case ending or "günü" at most: "12 Mart'ta ameliyat oldu".
const FOLLOWING_CUE_WINDOW = 3;
const CARE_HEALTH = TAG.CONDITION | TAG.PROCEDURE | TAG.TEST | TAG.MEDICATION;
const CONNECTORS = new Set(['de', 'del', 'of', 'the', 'el', 'le', 'il', 'du']);

const isShortYear = (t: Token | undefined) => !!t && t.isNumber && (t.text.length === 2 || isYear(t));
const isDay = (n: number) => n >= 1 && n <= 31;
const isMonth = (n: number) => n >= 1 && n <= 12;

/** The separator between tokens j-1 and j is a date separator, maybe with spaces ("13 / 03"). */
function dateJoin(t: Token | undefined): boolean {
  if (!t) return false;
  const sep = t.sep;
  return (sep & DATE_SEPARATORS) !== 0 && (sep & ~(DATE_SEPARATORS | SEP.SPACE)) === 0;
}

/** Numbers chained by separators beyond a date are something else (phone "01.42.21.32.74", ids). */
function chainedNumber(tokens: readonly Token[], before: number, after: number): boolean {
  const prev = tokens[before];
  const next = tokens[after];
  // A spaced dash is punctuation between items ("Phase 1 - 09/03/2014", "le 01/01/2011 - 02:03"), not a joiner.
  const glued = (t: Token | undefined) => !!t && (t.sep & ~(DATE_SEPARATORS | SEP.SPACE)) === 0 && t.sep !== SEP.SPACE && !(t.sep & SEP.SPACE && t.sep & SEP.HYPHEN);
  return (!!prev && prev.isNumber && glued(tokens[before + 1])) || (!!next && next.isNumber && glued(next));
}

// Numbers followed by these are quantities, not years or days ("2000 mg", "12/3 ml").
const UNITS = new Set(['mg', 'g', 'kg', 'mcg', 'ml', 'l', 'cc', 'ui', 'iu', 'mmol', 'mmhg', 'cm', 'mm', 'km', 'm', 'gy', 'h', 'min', 'eur', 'euros', 'usd', 'dollars', 'tl', 'lira']);

/** "15|10|1960": a form's day, month and year boxes, written with bare pipes; a table's cells have spaces. */
function pipedDate(text: string, tokens: readonly Token[], i: number): number {
  const pipeBefore = (j: number) => tokens[j]?.isNumber === true && tokens[j]!.sep === SEP.OTHER && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === '|';
  if (!pipeBefore(i + 1) || !pipeBefore(i + 2) || pipeBefore(i) || pipeBefore(i + 3)) return -1;
  return isDay(Number(tokens[i]!.text)) && isMonth(Number(tokens[i + 1]!.text)) && isYear(tokens[i + 2]) ? i + 3 : -1;
}

/** Token index just past a date starting at token i, or -1. */
function numericDate(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const piped = pipedDate(text, tokens, i);
  if (piped > 0) return piped;
  const a = Number(t.text);
  const second = tokens[i + 1];
  if (dateJoin(second) && second!.isNumber) {
    const b = Number(second!.text);
    const third = dateJoin(tokens[i + 2]) && tokens[i + 2]!.isNumber ? tokens[i + 2] : undefined;
    if (third) {
      const c = Number(third.text);
      if (chainedNumber(tokens, i - 1, i + 3)) return -1;
      if (isYear(t) && isMonth(b) && isDay(c)) return i + 3;
      if (t.text.length <= 2 && isShortYear(third) && ((isDay(a) && isMonth(b)) || (isMonth(a) && isDay(b)))) return i + 3;
      return -1;
    }
    if (chainedNumber(tokens, i - 1, i + 2) || UNITS.has(tokens[i + 2]?.key ?? '')) return -1;
    // Day and month alone: "16/09", or "28.09" with two digits each; "2-3" and "1.5" are ranges and decimals.
    const slash = (second!.sep & SEP.SLASH) !== 0;
    const dotted = (second!.sep & SEP.PERIOD) !== 0 && t.text.length === 2 && second!.text.length === 2;
    if ((slash || dotted) && t.text.length <= 2 && second!.text.length <= 2 && isDay(a) && isMonth(b)) return i + 2;
    if (t.text.length <= 2 && isMonth(a) && isYear(second)) return i + 2;
    return -1;
  }
  // "23022018": day, month and year written without separators
  if (t.text.length === 8 && isDay(Number(t.text.slice(0, 2))) && isMonth(Number(t.text.slice(2, 4))) && /^(19|20)/.test(t.text.slice(4))) return i + 1;
  return -1;
}

/** "12 de marzo de 2021", "27 haziran", "05nov", "March 12, 2021", "octubre 2016", "Junio 04", "dec1993". */
// Module functions, not closures: writtenDate runs on every token, and a closure is an allocation each time.
const isMonthAt = (a: Analysis, j: number) => j < a.tokens.length && (a.startTags[j]! & TAG.MONTH) !== 0;
const skipConnector = (a: Analysis, j: number) => (j < a.tokens.length && CONNECTORS.has(a.tokens[j]!.key) ? j + 1 : j);

function writtenDate(a: Analysis, i: number): number {
  const { tokens } = a;
  const t = tokens[i]!;
  if (t.isNumber) {
    if (t.text.length > 2 || !isDay(Number(t.text))) return -1;
    const month = skipConnector(a, i + 1);
    if (!isMonthAt(a, month)) return -1;
    const year = skipConnector(a, month + 1);
    return isYear(tokens[year]) ? year + 1 : month + 1;
  }
  if (!isMonthAt(a, i)) return -1;
  const year = skipConnector(a, i + 1);
  if (isYear(tokens[year])) return year + 1;
  const next = tokens[i + 1];
  if (!next?.isNumber || next.text.length > 2 || next.sep & SEP.NEWLINE) return -1;
  // "March 12, 2021" or "March 12"; "Junio 04" (a two-digit year) reads the same way and is kept as one date.
  return isYear(tokens[i + 2]) && !(tokens[i + 2]!.sep & ~(SEP.COMMA | SEP.SPACE)) ? i + 3 : i + 2;
}

// "vingt et un", "twenty-fourth", "yirmi dört": a day is written in up to three words, a year in up to six
// ("mil novecientos noventa y nueve"); "duemiladiciassette" is one.
const MAX_DAY_WORDS = 3;
const MAX_YEAR_WORDS = 6;

/** Token index just past the run of number words starting at token i (at most `max`), joined by spaces or hyphens. */
function numberWordsRun(a: Analysis, i: number, max: number): number {
  let end = i;
  while (end < a.tokens.length && end - i < max && a.wordFlags[end]! & WORD.DATE_NUMBER_WORD) {
    if (end > i && (a.tokens[end]!.sep & ~(SEP.SPACE | SEP.HYPHEN)) !== 0) break;
    end++;
  }
  return end;
}

/** A year written in words after a month: two or more number words ("deux mille dix-sept", "nineteen ninety"), or one compound ("duemilaventi"). */
function yearInWords(a: Analysis, j: number): number {
  const end = numberWordsRun(a, j, MAX_YEAR_WORDS);
  if (end - j >= 2) return end;
  const t = a.tokens[j];
  return t && startsWithOneOf(t.key, a.lexicon.yearPrefixes) ? j + 1 : -1;
}

/**
 * A date written in words, with its year: "le vingt quatre aout deux mille dix-sept", "the twenty-fourth of August
 * 2017", "yirmi dört ağustos iki bin on yedi". Without a year, "one may" and "deux mars" are too often no date at all.
 */
function dateInWords(a: Analysis, i: number): number {
  const { tokens } = a;
  // A lone "un", "una", "a" is an article more often than a day.
  if (a.wordFlags[i]! & WORD.STOPWORD) return -1;
  const dayEnd = numberWordsRun(a, i, MAX_DAY_WORDS);
  if (dayEnd === i || a.wordFlags[dayEnd - 1]! & WORD.STOPWORD && dayEnd - i === 1) return -1;
  const month = dayEnd < tokens.length && CONNECTORS.has(tokens[dayEnd]!.key) ? dayEnd + 1 : dayEnd;
  if (month >= tokens.length || !(a.startTags[month]! & TAG.MONTH)) return -1;
  const year = month + 1 < tokens.length && CONNECTORS.has(tokens[month + 1]!.key) ? month + 2 : month + 1;
  if (isYear(tokens[year])) return year + 1;
  return yearInWords(a, year);
}

// "the 12th", "le 1er", "il 3°"; Turkish "12'sinde", "ayın 3'ü" (after an apostrophe).
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'er', 'eme', 'e']);
const TURKISH_DAY_SUFFIXES = new Set(['si', 'su', 'sinde', 'sunda', 'inde', 'unda', 'nda', 'nde', 'de', 'da', 'te', 'ta', 'i', 'u', 'ine', 'una', 'ne', 'na']);
// "le 12", "el día 12", "il giorno 3": an article before a day of the month.
const DAY_ARTICLES = new Set(['le', 'el', 'il']);
const DAY_WORDS = new Set(['dia', 'giorno', 'jour']);

// What an ordinal counts when it is no day: "the 4th floor", "her 2nd dose", "le 3e étage", "1er anniversaire".
const COUNTED_AFTER_ORDINAL = new Set([
  'floor', 'grade', 'birthday', 'anniversary', 'time', 'times', 'place', 'year', 'century', 'round', 'edition', 'trimester', 'degree',
  'generation', 'percentile', 'street', 'avenue', 'ave', 'level', 'dose', 'cycle', 'session', 'week', 'month', 'day', 'stage', 'child', 'baby',
  'etage', 'trimestre', 'anniversaire', 'fois', 'seance', 'annee', 'semaine', 'jour', 'degre', 'enfant', 'arrondissement', 'cure', 'ligne',
]);

/** A day of the month alone ("on the 12th", "opérée le 12", "el día 3", "12'sinde"): a date only when tied to a person. */
function dayOfMonth(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!t.isNumber || t.text.length > 2 || !isDay(Number(t.text))) return -1;
  const next = tokens[i + 1];
  if (next && next.sep === 0 && ORDINAL_SUFFIXES.has(next.key)) return COUNTED_AFTER_ORDINAL.has(tokens[i + 2]?.key ?? '') ? -1 : i + 2;
  if (next && next.sep === SEP.APOSTROPHE && TURKISH_DAY_SUFFIXES.has(next.key)) return i + 2;
  let before = i - 1;
  if (before >= 0 && DAY_WORDS.has(tokens[before]!.key)) before--;
  if (before < 0 || !DAY_ARTICLES.has(tokens[before]!.key)) return -1;
  // "le 12 mg", "el 12 %", "il 3 a 1": a quantity or a score, not a day.
  if (next && ((next.sep & ~SEP.SPACE) !== 0 ? !(next.sep & (SEP.PERIOD | SEP.COMMA | SEP.STOP | SEP.NEWLINE)) : next.isNumber || UNITS.has(next.key))) return -1;
  return i + 1;
}

/**
 * "Know the signs 1/3", "(2/4) Sepsis…": a thread's counter opens or closes the post, the part before the whole.
 * Not after a small word ("on 3/4", "le 1/2"), which makes it a day and a month.
 */
function threadCounter(a: Analysis, i: number, end: number): boolean {
  const { tokens } = a;
  if (end - i !== 2 || !(tokens[i + 1]!.sep & SEP.SLASH)) return false;
  const part = Number(tokens[i]!.text);
  const whole = Number(tokens[i + 1]!.text);
  if (part > whole || whole < 2) return false;
  if (i === 0) return true;
  return end === tokens.length && !(a.wordFlags[i - 1]! & WORD.STOPWORD) && !tokens[i - 1]!.isNumber;
}

function bareYear(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!isYear(t) || chainedNumber(tokens, i - 1, i + 1) || UNITS.has(tokens[i + 1]?.key ?? '')) return -1;
  return i + 1;
}

export function detectDates(a: Analysis, context: TextContext): Candidate[] {
  const { tokens } = a;
  const found: Candidate[] = [];
  const inSentence = (from: number, to: number, tag: number, s: number) => {
    for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) if (a.sentence[k] === s && a.tags[k]! & tag) return true;
    return false;
  };
  const push = (i: number, end: number, ruleId: string, strong: boolean) =>
    found.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end, category: 'DATE', ruleId, strength: strong ? 'strong' : 'weak', reason: { key: 'reason_date' } });
  // Day and month alone ("2/8", "13 / 03") among full dates are more of the same list: "C1 3/4/19 C2 1/7/19 C3 2/8".
  const partial: Array<[number, number]> = [];
  const counters: Array<[number, number, string, boolean]> = [];
  const sentencesWithFullDates = new Set<number>();
  const doses = sentencesWithDoses(a);
  for (let i = 0; i < tokens.length; i++) {
    const numeric = tokens[i]!.isNumber ? numericDate(a.text, tokens, i) : -1;
    let end = numeric;
    let full = end - i === 3;
    if (end < 0) {
      end = writtenDate(a, i);
      full = end > 0 && isYear(tokens[end - 1]) && (tokens[i]!.isNumber || end - i === 3);
    }
    if (end < 0 && a.wordFlags[i]! & WORD.DATE_NUMBER_WORD) {
      end = dateInWords(a, i);
      full = end > 0;
    }
    if (end < 0 && !context.yearAloneAllowed) end = bareYear(tokens, i);
    const dayOnly = end < 0;
    if (dayOnly) end = dayOfMonth(tokens, i);
    if (end < 0) continue;
    const cue = inSentence(i - CUE_WINDOW, i, TAG.PERSON_DATE, a.sentence[i]!) || (a.lexicon.cuesFollowDates && inSentence(end, end + FOLLOWING_CUE_WINDOW, TAG.PERSON_DATE, a.sentence[i]!));
    // A date in the sentence of a care event, a patient or a treatment (or its dose), test or condition is a date of
    // care, unless the sentence announces something (news, a campaign, opening hours).
    const care = sentenceHas(a, i, TAG.CARE_EVENT | TAG.PATIENT_REF | CARE_HEALTH) || doses.has(a.sentence[i]!) || context.clinical;
    // A day alone ("on the 12th") is a date of someone's care only with that someone in view.
    const personInView = !dayOnly || context.isReply || context.clinical || sentenceHas(a, i, TAG.PATIENT_REF | TAG.ADDRESSED_CARE);
    const announced = sentenceHas(a, i, TAG.NEWS);
    // An announcement's date stays public even after an appointment word ("Rendez-vous le 12 mars pour nos portes ouvertes"),
    // except in a reply or a clinical note, where the appointment is someone's.
    const publicAppointment = announced && !context.isReply && !context.clinical;
    const tied = personInView && ((cue && !publicAppointment) || (!context.selfReport && care && !announced));
    // A full date with nothing tying it to a person is still shown, as information: it is not PHI by itself.
    // Among full dates a counter-like pair is one more date of the list ("C1 3/4/19 C2 1/7/19 C3 2/8").
    if (numeric === end && threadCounter(a, i, end)) {
      if (tied) counters.push([i, end, cue ? 'date.person' : 'date.care', cue]);
      i = end - 1;
      continue;
    }
    if (tied || (full && !dayOnly)) push(i, end, cue ? 'date.person' : tied ? 'date.care' : 'date.bare', cue && !dayOnly);
    if (full && numeric > 0) sentencesWithFullDates.add(a.sentence[i]!);
    else if (!tied && numeric > 0) partial.push([i, end]);
    i = end - 1;
  }
  for (const [i, end] of partial) if (sentencesWithFullDates.has(a.sentence[i]!)) push(i, end, 'date.bare', false);
  if (sentencesWithFullDates.size > 0) for (const [i, end, ruleId, strong] of counters) push(i, end, ruleId, strong);
  return found;
}
