import { LANGS, type Lang } from '../types';
import { foldKey } from '../text/foldKey';
import { tokenize } from '../text/tokenize';
import type { Word } from '../text/words';
import { LEXICON_DATA, NAME_DATA, SHARED_DATA, type LanguageData } from '../lexicons';
import { PhraseMatcher, type PhraseStarts } from './phraseMatcher';
import { HEALTH_TAGS, STAMP, TAG } from './tags';
import { endsWithOneOf } from '../text/affixes';

/** What the lists say of one word (bit flags): which lists hold its key. */
export const WORD = {
  FIRST_NAME: 1 << 0,
  LAST_NAME: 1 << 1,
  /** Writes a day or a year in words ("vingt", "quatre", "mille", "twenty-fourth", "yirmi"): dates.json numberWords. */
  DATE_NUMBER_WORD: 1 << 12,
  /** A whole place name ("madrid"). */
  PLACE: 1 << 2,
  /** A word of some place name ("sierra" of "sierra leone"). */
  PLACE_WORD: 1 << 3,
  /** A place name may start with this word (see NameLists.placeStarts). */
  PLACE_START: 1 << 10,
  STOPWORD: 1 << 4,
  COMMON_NAME: 1 << 5,
  CARE_VOICE: 1 << 6,
  NOTE_OPENER: 1 << 7,
  NUMBER_WORD: 1 << 8,
  /** Ends in a first-person verb ending of the language (Turkish "gittim"); only for keys of more than four letters. */
  FIRST_PERSON_ENDING: 1 << 9,
  /** "my", "our", "notre", "nuestra" (Lexicon.ourPossessives). */
  OUR_POSSESSIVE: 1 << 11,
  /** A relative, in one word ("mom", "fils", "hija"): Lexicon.family. */
  FAMILY: 1 << 13,
  /** A verb that reports speech ("said", "dijo", "ajoute"): SPEECH_VERBS. */
  SPEECH_VERB: 1 << 14,
  /** A day of the week ("monday", "jeudi", "cuma"): dates.json weekdays. */
  WEEKDAY: 1 << 15,
  /** A word for a child before a name ("little", "petit", "minik"): titles.json children. */
  CHILD: 1 << 16,
} as const;

/** Verbs that report speech, in all five languages: who follows one is quoted ("…," says Du Cane). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['says', 'said', 'asks', 'asked', 'adds', 'added', 'explains', 'explained', 'writes', 'wrote', 'dit', 'declare', 'explique', 'ajoute', 'dice', 'dijo', 'explica', 'afirma', 'anade', 'spiega', 'afferma', 'aggiunge']);

/** What a lexicon says of one word, worked out the first time the word is seen in the language. */
export interface WordFacts {
  /** WORD flags. */
  flags: number;
  starts: PhraseStarts | null;
}

/** Everything the detectors look words up in, for one language. */
export interface Lexicon {
  lang: Lang;
  /** Every phrase of every list of the language, tagged (see TAG). */
  phrases: PhraseMatcher;
  /** The stamps of a patient record's pages ("imprimé le", "electronically signed by"), tagged (see STAMP). */
  recordStamps: PhraseMatcher;
  /** Wishes on a colleague's occasion ("happy birthday", "bonne chance", "in bocca al lupo"): a separate matcher, as TAG has no bit left. */
  celebrations: PhraseMatcher;
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
  /** Plural endings of one-word health terms and the singular's ending instead ([["s", ""]], Italian [["i", "o"], …]), folded. */
  plurals: ReadonlyArray<readonly [string, string]>;
  /** Words for a child before a name ("little", "petit", "pequeño", "piccolo", "minik"), folded. */
  childWords: Set<string>;
  /** Days of the week, folded: "Walk-ins welcome Monday" greets no one. */
  weekdays: Set<string>;
  /** The words days and years are written with ("vingt quatre aout deux mille dix-sept"), folded. */
  dateNumberWords: Set<string>;
  /** Years written as one word start with these ("duemiladiciassette"), folded. */
  yearPrefixes: string[];
  /** The time units that count years ("ans", "años", "yıl"), folded: years spent somewhere are a career, days a stay. */
  yearUnits: Set<string>;
  /** Room and bed words that a number before counts ("24 beds", "3 operating rooms", "12 lits", "20 yataklı"), folded. */
  countedRooms: Set<string>;
  /** What a number counts when it is a length of time ("3 weeks", "dos semanas", "iki hafta", "3 saattir"), folded. */
  timeUnits: Set<string>;
  /** The language tells the event after its date ("12 Mart'ta ameliyat oldu"): cues are looked for on both sides. */
  cuesFollowDates: boolean;
  /** Verb endings that say "I" (Turkish "gittim", "yapıyorum"), folded: where the person is in the word. */
  firstPersonEndings: string[];
  /** "your" before a noun ("your", "votre", "tus", "il tuo"), folded. */
  secondPossessives: Set<string>;
  /** "his", "her", "sa", "sua": whose care a sentence tells, beside a name. */
  thirdPossessives: Set<string>;
  /** "your" written inside the word, as Turkish does ("ameliyatınız", "randevunuza"), folded. */
  secondPossessiveEndings: string[];
  /** Relatives ("mom", "votre fils", "tu hija"): "your mom … her stroke" is the reader's family's care. */
  family: Set<string>;
  /** "my", "our", "notre", "nuestra", "nostro": with a patient word a few words on, "our bravest patient". */
  ourPossessives: Set<string>;
  /** "our" inside the word, before any case ending, as Turkish writes it ("kliniğimizde", "hastanemizin"), folded. */
  ourPossessiveSuffixes: string[];
  patientWords: Set<string>;
  /** Articles before one patient ("a", "une", "el", "il", "bir"): see patientsInStories. */
  patientArticles: Set<string>;
  /** Fond words a story puts beside its patient ("the sweetest patient", "une patiente adorable"). */
  patientAdjectives: Set<string>;
  /** The writer as object ("me", "us", "m'", "nos", "bana"): "a patient told me". */
  writerObjects: Set<string>;
  /** Words that make a patient word before them name a service ("patient relations") or a formality ("hastamızın izniyle"). */
  servicesAfter: Set<string>;
  /** The same, before the patient word: "atención al paciente", "autorización de la paciente"; or a place where staff work ("her work in our ICU"). */
  servicesBefore: Set<string>;
  /** Verbs whose subject is a person ("lives", "shouted", "habite"), as token keys, by their first key. */
  personSubjectVerbs: KeyPhrases;
  /** Verbs whose object is a person ("shouted at", "speak with", "had given"), the same way. */
  personObjectVerbs: KeyPhrases;
  /** Words a request to the reader opens on before its comma that are no one's name ("Anyway, can I…", "Bonjour, …"), folded. */
  requestOpeners: Set<string>;
  /** What the lists of this language and the name lists say of a word; cached in the word. */
  factsOf(word: Word): WordFacts;
}

/** Phrases as token keys, by their first key: a few phrases looked up where a word could start one. */
export type KeyPhrases = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
function keyPhrases(phrases: readonly string[]): KeyPhrases {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const keys = tokenize(phrase).map((t) => t.key);
    if (keys.length > 0) byFirst.set(keys[0]!, [...(byFirst.get(keys[0]!) ?? []), keys]);
  }
  return byFirst;
}

export interface NameLists {
  first: Set<string>;
  last: Set<string>;
  /** Countries, regions and cities (lookup keys, words joined by one space): not people. */
  places: Set<string>;
  /** Every word of those places, to skip the phrase test where none stands. */
  placeWords: Set<string>;
  /** What the places start with, up to the first space: a span of words whose first key is not here is no place. */
  placeStarts: Set<string>;
}

function addAll(matcher: PhraseMatcher, phrases: readonly string[] | undefined, tags: number): void {
  for (const p of phrases ?? []) matcher.add(p, tags);
}

/** The text is a single token whose key is its foldKey, so WORD.STOPWORD marks every token of it. */
function isOneWord(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.length === 1 && tokens[0]!.key === foldKey(text);
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
  // One-word stop words are two words in five of a text: analysis tags them from WORD.STOPWORD instead of
  // making a phrase hit for each, which every detector reading the hits would then skip over.
  addAll(m, data.stopwords.filter((w) => !isOneWord(w)), TAG.STOPWORD);
  const stamps = new PhraseMatcher();
  addAll(stamps, dates.recordStamps.printed, STAMP.PRINTED);
  addAll(stamps, dates.recordStamps.signed, STAMP.SIGNED);
  addAll(stamps, dates.recordStamps.headings, STAMP.HEADING);
  addAll(stamps, dates.recordStamps.by, STAMP.BY);
  const celebrations = new PhraseMatcher();
  addAll(celebrations, titles.celebrations, 1);
  const dateNumberWords = new Set(dates.numberWords.map(foldKey));
  const slot = LANGS.indexOf(lang);
  const lexicon: Lexicon = {
    lang,
    phrases: m,
    recordStamps: stamps,
    celebrations,
    dateNumberWords,
    weekdays: new Set(dates.weekdays.map(foldKey)),
    childWords: new Set(titles.children.map(foldKey)),
    plurals: (health.plurals ?? []).map(([plural, singular]) => [foldKey(plural!), foldKey(singular!)] as const),
    yearPrefixes: dates.yearPrefixes.map(foldKey),
    cuesFollowDates: dates.cuesFollowDates === true,
    timeUnits: new Set(dates.timeUnits.map(foldKey)),
    yearUnits: new Set(dates.yearUnits.map(foldKey)),
    countedRooms: new Set(rooms.counted.map(foldKey)),
    commonNames: new Set(data.commonNames),
    stopwords: new Set(data.stopwords.map(foldKey)),
    careVoice: new Set(patient.careVoice.map(foldKey)),
    noteOpeners: new Set(patient.noteOpeners.map(foldKey)),
    firstPersonEndings: patient.firstPersonEndings.map(foldKey),
    secondPossessives: new Set(patient.secondPossessives.map(foldKey)),
    thirdPossessives: new Set(patient.thirdPossessives.map(foldKey)),
    secondPossessiveEndings: patient.secondPossessiveEndings.map(foldKey),
    family: new Set(patient.family.map(foldKey)),
    ourPossessives: new Set(patient.ourPossessives.map(foldKey)),
    ourPossessiveSuffixes: patient.ourPossessiveSuffixes.map(foldKey),
    patientWords: new Set(patient.patientWords.map(foldKey)),
    patientArticles: new Set(patient.patientArticles.map(foldKey)),
    patientAdjectives: new Set(patient.patientAdjectives.map(foldKey)),
    writerObjects: new Set(patient.writerObjects.map(foldKey)),
    servicesAfter: new Set(patient.servicesAfter.map(foldKey)),
    servicesBefore: new Set(patient.servicesBefore.map(foldKey)),
    personSubjectVerbs: keyPhrases(patient.personSubjectVerbs),
    personObjectVerbs: keyPhrases(patient.personObjectVerbs),
    requestOpeners: new Set(patient.requestOpeners.map(foldKey)),
    addressLabels: new Set(streets.labels.map((label) => tokenize(label).map((t) => t.key).join(' '))),
    numberWords: new Set(streets.numberWords.map(foldKey)),
    factsOf: (word) => word.facts[slot] ?? (word.facts[slot] = factsIn(lexicon, word)),
  };
  return lexicon;
}

function factsIn(lexicon: Lexicon, word: Word): WordFacts {
  const { key } = word;
  const lists = names();
  const flags =
    (lists.first.has(key) ? WORD.FIRST_NAME : 0) |
    (lists.last.has(key) ? WORD.LAST_NAME : 0) |
    (lists.places.has(key) ? WORD.PLACE : 0) |
    (lists.placeWords.has(key) ? WORD.PLACE_WORD : 0) |
    // A key with a space in it (from a ligature's compatibility decomposition) may start a place at any of its parts.
    (lists.placeStarts.has(key) || key.includes(' ') ? WORD.PLACE_START : 0) |
    (lexicon.stopwords.has(key) ? WORD.STOPWORD : 0) |
    (lexicon.commonNames.has(key) ? WORD.COMMON_NAME : 0) |
    (lexicon.careVoice.has(key) ? WORD.CARE_VOICE : 0) |
    (lexicon.noteOpeners.has(key) ? WORD.NOTE_OPENER : 0) |
    (lexicon.numberWords.has(key) ? WORD.NUMBER_WORD : 0) |
    (lexicon.dateNumberWords.has(key) ? WORD.DATE_NUMBER_WORD : 0) |
    (lexicon.ourPossessives.has(key) ? WORD.OUR_POSSESSIVE : 0) |
    (lexicon.family.has(key) ? WORD.FAMILY : 0) |
    (lexicon.weekdays.has(key) ? WORD.WEEKDAY : 0) |
    (lexicon.childWords.has(key) ? WORD.CHILD : 0) |
    (SPEECH_VERBS.has(key) ? WORD.SPEECH_VERB : 0) |
    (key.length > 4 && endsWithOneOf(key, lexicon.firstPersonEndings, -1) ? WORD.FIRST_PERSON_ENDING : 0);
  return { flags, starts: lexicon.phrases.startsAt(key, word.isNumber) ?? (word.isNumber ? null : pluralStarts(lexicon, key)) };
}

// "cas" is no plural of "ca": a base this short is more often another word.
const MIN_PLURAL_BASE = 4;

/**
 * A plural of a one-word health term is health information as its singular is ("transfusions", "infecciones",
 * "trasfusioni"): the lists hold the forms seen most, not every one. Only health tags carry over: a plural
 * says nothing of a date or a title.
 */
function pluralStarts(lexicon: Lexicon, key: string): PhraseStarts | null {
  for (const [plural, singular] of lexicon.plurals) {
    if (!key.endsWith(plural) || key.length - plural.length < MIN_PLURAL_BASE) continue;
    const starts = lexicon.phrases.inflectedStarts(key, key.slice(0, key.length - plural.length) + singular, HEALTH_TAGS);
    if (starts) return starts;
  }
  return null;
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
    placeStarts: new Set(places.map((words) => words.join(' ').split(' ')[0]!)),
  });
}
