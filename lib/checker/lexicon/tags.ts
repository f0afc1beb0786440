/** What a lexicon phrase is, as bit flags: one phrase can be several things ("surgery" is health and a date cue). */
export const TAG = {
  CONDITION: 1 << 0,
  SYMPTOM: 1 << 1,
  MEDICATION: 1 << 2,
  PROCEDURE: 1 << 3,
  TEST: 1 << 4,
  SETTING: 1 << 5,
  /** A specific person who is or was a patient ("my patient", "the lady in bed 4"). */
  PATIENT_REF: 1 << 6,
  /** Second person about the reader's own care ("your results"): a patient reference in a reply. */
  ADDRESSED_CARE: 1 << 7,
  /** First person about one's own care ("my appointment"): what makes a message a patient's question. */
  OWN_CARE: 1 << 8,
  /** Words that introduce a patient's name ("patient", "paciente"). */
  PATIENT_NOUN: 1 << 9,
  TITLE: 1 << 10,
  /** Titles written after the name (Turkish "Hanım", "Bey"). */
  TITLE_AFTER: 1 << 11,
  /** Titles that name a clinician ("Dr", "Nurse"): the person is staff. */
  STAFF: 1 << 12,
  /** Form labels a name follows ("Name:", "Nombre:", "Adı Soyadı:"). */
  NAME_LABEL: 1 << 13,
  STREET_BEFORE: 1 << 14,
  STREET_AFTER: 1 << 15,
  ADDRESS_UNIT: 1 << 16,
  MONTH: 1 << 17,
  /** A date about a person: birth, admission, discharge, surgery, death, appointment. */
  PERSON_DATE: 1 << 18,
  /** Clinical events a date may be tied to ("admitted", "ingresó", "taburcu edildi"). */
  CARE_EVENT: 1 << 19,
  /** Words that put a date in news or public context ("study", "campaign", "week"). */
  NEWS: 1 << 20,
  AGE_UNIT: 1 << 21,
  AGE_CUE: 1 << 22,
  /** First-person age ("I'm", "tengo", "yaşındayım"): the writer's own age, not a patient's. */
  AGE_SELF: 1 << 23,
  /** Age groups that are over 89 by definition ("nonagenarian", "centenaire"). */
  AGE_GROUP: 1 << 24,
  ROOM: 1 << 25,
  PHOTO: 1 << 26,
  /** A photo of or with a patient ("selfie with", "her x-ray"). */
  PATIENT_PHOTO: 1 << 27,
  STOPWORD: 1 << 28,
  /** Greetings a name follows ("Hi Maria", "Merhaba Ayşe"). */
  GREETING: 1 << 29,
  /** Words for a person that an age describes: "varón de 37 años", "a 45-year-old woman", "45 yaşındaki kadın". */
  PERSON_NOUN: 1 << 30,
  /** The writer speaking of themselves ("I", "my", "je", "tengo", "ateşim", "gittim"). */
  // The sign bit: fine for the bit tests used here ((tags & TAG.X) !== 0), and it is the last one free.
  FIRST_PERSON: 2 ** 31,
} as const;

export const HEALTH_TAGS = TAG.CONDITION | TAG.SYMPTOM | TAG.MEDICATION | TAG.PROCEDURE | TAG.TEST | TAG.SETTING;

/** What a record stamp phrase is (Lexicon.recordStamps): a separate matcher, as TAG has no bit left. */
export const STAMP = {
  PRINTED: 1 << 0,
  SIGNED: 1 << 1,
  HEADING: 1 << 2,
  BY: 1 << 3,
} as const;
