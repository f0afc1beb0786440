import type { Lang } from '../types';
import { foldKey } from '../text/foldKey';
import { tokenize } from '../text/tokenize';
import { LEXICON_DATA, NAME_DATA, SHARED_DATA, type LanguageData } from '../lexicons';
import { PhraseMatcher } from './phraseMatcher';
import { TAG } from './tags';

/** Everything the detectors look words up in, for one language. */
export interface Lexicon {
  lang: Lang;
  /** Every phrase of every list of the language, tagged (see TAG). */
  phrases: PhraseMatcher;
  /** Names that are ordinary words in this language: names only with context. */
  commonNames: Set<string>;
  stopwords: Set<string>;
  /** First-person plural and second-person words: the voice of a care team speaking of or to its patients. */
  careVoice: Set<string>;
  /** The words that open a clinical note about one patient ("Patiente arrivée…", "Paciente de 70 años…"). */
  noteOpeners: Set<string>;
  /** Form labels an address follows ("Domicilio:", "Adresse :"), matched as the word before the colon. */
  addressLabels: Set<string>;
  /** House numbers written out ("sept allée des roses", "deux bd Étienne"). */
  numberWords: Set<string>;
  /** Verb endings that say "I" (Turkish "gittim", "yapıyorum"), folded: where the person is in the word. */
  firstPersonEndings: string[];
  /** "your" before a noun ("your", "votre", "tus", "il tuo"), folded. */
  secondPossessives: Set<string>;
  /** "your" written inside the word, as Turkish does ("ameliyatınız", "randevunuza"), folded. */
  secondPossessiveEndings: string[];
}

export interface NameLists {
  first: Set<string>;
  last: Set<string>;
  /** Countries, regions and cities (lookup keys, words joined by one space): not people. */
  places: Set<string>;
  /** Every word of those places, to skip the phrase test where none stands. */
  placeWords: Set<string>;
}

function addAll(matcher: PhraseMatcher, phrases: readonly string[] | undefined, tags: number): void {
  for (const p of phrases ?? []) matcher.add(p, tags);
}

function buildLexicon(lang: Lang, data: LanguageData): Lexicon {
  const m = new PhraseMatcher();
  const { health, patient, titles, dates, ages, rooms, photos, streets } = data;
  for (const source of [health, SHARED_DATA.health]) {
    addAll(m, source.conditions, TAG.CONDITION);
    addAll(m, source.symptoms, TAG.SYMPTOM);
    addAll(m, source.procedures, TAG.PROCEDURE);
    addAll(m, source.tests, TAG.TEST);
    addAll(m, source.settings, TAG.SETTING);
  }
  addAll(m, SHARED_DATA.medications.stems, TAG.MEDICATION);
  addAll(m, patient.references, TAG.PATIENT_REF);
  addAll(m, patient.addressed, TAG.ADDRESSED_CARE);
  addAll(m, patient.ownCare, TAG.OWN_CARE);
  addAll(m, patient.careEvents, TAG.CARE_EVENT);
  addAll(m, patient.persons, TAG.PERSON_NOUN);
  addAll(m, patient.firstPerson, TAG.FIRST_PERSON);
  addAll(m, titles.patientNouns, TAG.PATIENT_NOUN);
  addAll(m, titles.before, TAG.TITLE);
  addAll(m, titles.after, TAG.TITLE_AFTER);
  addAll(m, titles.staff, TAG.STAFF);
  addAll(m, titles.labels, TAG.NAME_LABEL);
  addAll(m, titles.greetings, TAG.GREETING);
  addAll(m, streets.prefix, TAG.STREET_BEFORE);
  addAll(m, streets.suffix, TAG.STREET_AFTER);
  addAll(m, streets.units, TAG.ADDRESS_UNIT);
  for (const forms of dates.months) addAll(m, forms, TAG.MONTH);
  addAll(m, dates.personDate, TAG.PERSON_DATE);
  addAll(m, dates.news, TAG.NEWS);
  addAll(m, ages.units, TAG.AGE_UNIT);
  addAll(m, ages.cues, TAG.AGE_CUE);
  addAll(m, ages.self, TAG.AGE_SELF);
  addAll(m, ages.groups, TAG.AGE_GROUP);
  addAll(m, rooms.words, TAG.ROOM);
  addAll(m, photos.words, TAG.PHOTO);
  addAll(m, photos.patient, TAG.PATIENT_PHOTO);
  addAll(m, data.stopwords, TAG.STOPWORD);
  return {
    lang,
    phrases: m,
    commonNames: new Set(data.commonNames),
    stopwords: new Set(data.stopwords.map(foldKey)),
    careVoice: new Set(patient.careVoice.map(foldKey)),
    noteOpeners: new Set(patient.noteOpeners.map(foldKey)),
    firstPersonEndings: patient.firstPersonEndings.map(foldKey),
    secondPossessives: new Set(patient.secondPossessives.map(foldKey)),
    secondPossessiveEndings: patient.secondPossessiveEndings.map(foldKey),
    addressLabels: new Set(streets.labels.map((label) => tokenize(label).map((t) => t.key).join(' '))),
    numberWords: new Set(streets.numberWords.map(foldKey)),
  };
}

// Built on first use and kept: the lists are the same for every policy, so a policy compiles fast.
const built = new Map<Lang, Lexicon>();
let nameLists: NameLists | undefined;

export function lexiconFor(lang: Lang): Lexicon {
  let lexicon = built.get(lang);
  if (!lexicon) built.set(lang, (lexicon = buildLexicon(lang, LEXICON_DATA[lang])));
  return lexicon;
}

export function names(): NameLists {
  if (nameLists) return nameLists;
  const places = NAME_DATA.places.map((place) => tokenize(place).map((t) => t.key));
  return (nameLists = {
    first: new Set(NAME_DATA.first),
    last: new Set(NAME_DATA.last),
    places: new Set(places.map((words) => words.join(' '))),
    placeWords: new Set(places.flat()),
  });
}
