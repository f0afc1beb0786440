import { sentenceHas, startsSentence, type Analysis } from '../analysis';
import type { Candidate } from '../detector';
import { WORD } from '../lexicon/lexicons';
import { HEALTH_TAGS, TAG } from '../lexicon/tags';
import { SEP } from '../text/tokenize';
import type { TextContext } from './types';
import { endsWithOneOf } from '../text/affixes';
import { countedRoom } from './rooms';

/**
 * Words that say someone is or was a patient: "my patient", "the lady in bed 4", "we saw you on
 * Tuesday", "la paciente", "hastamız"; in a reply, the reader's own care ("your results", "ton
 * rendez-vous", "tu cita", "il tuo intervento", "randevunuz"); and clinical notes that open on the
 * patient ("Patiente arrivée aux urgences…", "Paciente de 70 años…").
 */
const CUE_DISTANCE = 3;
// "your knee surgery", "votre dernière prise de sang": a few words may stand between "your" and the care word.
const POSSESSIVE_REACH = 3;
const FAMILY_REACH = 7;
// Care words about a person; settings ("your hospital", "your local clinic") say nothing about their care.
const CARE_TAGS = HEALTH_TAGS & ~TAG.SETTING;
// A relative's stay is told by what happened to them too ("was admitted", "ricoverata", "servise alınacak").
const RELATIVE_CARE_TAGS = CARE_TAGS | TAG.CARE_EVENT;

export function detectPatientReferences(a: Analysis, context: TextContext): Candidate[] {
  const { tokens } = a;
  const found: Candidate[] = [];
  const push = (first: number, end: number, ruleId: string, key: string) =>
    found.push({ start: tokens[first]!.start, end: tokens[end - 1]!.end, category: 'PATIENT', ruleId, strength: 'strong', reason: { key } });
  if (context.isReply) for (const [first, end] of addressedCare(a)) push(first, end, 'patient.addressed', 'reason_patient_addressed');
  for (const hit of a.hits) {
    if (hit.tags & TAG.PATIENT_REF && !staffJoining(a, hit.first, hit.end) && !describesService(a, hit.first, hit.end) && !counted(a, hit.first) && !yearsSpentThere(a, hit.first) && !(context.isReply && readersOwn(a, hit.first))) push(hit.first, hit.end, 'patient.reference', 'reason_patient');
    else if (hit.tags & TAG.PATIENT_NOUN && hit.end === hit.first + 1 && opensClinicalNote(a, hit.first)) push(hit.first, hit.end, 'patient.note', 'reason_patient');
  }
  for (const [first, end] of ourPatients(a)) push(first, end, 'patient.reference', 'reason_patient');
  for (const i of patientNounsByRooms(a)) push(i, i + 1, 'patient.reference', 'reason_patient');
  for (const [first, end] of patientsInStories(a)) push(first, end, 'patient.story', 'reason_patient');
  return found;
}

/** How far after the patient word the writer may come as object: "a patient told me", "une patiente m'a dit". */
const WRITER_REACH = 3;

/**
 * One patient in the writer's story, which the phrase lists cannot spell out: fond words beside the
 * patient word ("the sweetest patient", "une patiente adorable", "una paziente dolcissima"), or the
 * writer as object of what the patient did ("A patient told me…", "Une patiente m'a dit…", "Una
 * paciente me regaló…", "Bir hasta bana…"). An article must come first, or the word opens its sentence as a note
 * writes it ("Patient asked me…"): "patients tell us" is no one.
 */
export function patientsInStories(a: Analysis): Array<[number, number]> {
  const { tokens, lexicon } = a;
  const spans: Array<[number, number]> = [];
  const spaced = (j: number) => j < tokens.length && a.sentence[j] === a.sentence[j - 1] && (tokens[j]!.sep & (SEP.SPACE | SEP.APOSTROPHE)) !== 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // A note's style drops the article: "Patient asked me if I was old enough to be a nurse", "Paciente me preguntó…".
    if (startsSentence(a, i) && singularPatientWord(lexicon.patientWords, tokens[i]!.key) && !(a.tags[i]! & TAG.PATIENT_REF) && !describesService(a, i, i + 1) && writerSoonAfter(a, i, spaced)) {
      spans.push([i, i + 1]);
      continue;
    }
    if (!lexicon.patientArticles.has(tokens[i]!.key)) continue;
    let j = i + 1;
    while (j < i + 1 + ADJECTIVES_BETWEEN && spaced(j) && lexicon.patientAdjectives.has(tokens[j]!.key)) j++;
    if (!spaced(j) || !lexicon.patientWords.has(tokens[j]!.key) || a.tags[j]! & TAG.PATIENT_REF) continue;
    if (describesService(a, i, j + 1)) continue;
    const fond = j > i + 1 || (spaced(j + 1) && lexicon.patientAdjectives.has(tokens[j + 1]!.key));
    if (fond || writerSoonAfter(a, j, spaced)) spans.push([i, j + 1]);
  }
  return spans;
}

/** A patient word that is no plural of another listed one ("patient", "patiente"; not "patients", "pts", "pazienti"): one person. */
const singularPatientWord = (words: ReadonlySet<string>, key: string) =>
  words.has(key) && !(key.endsWith('s') && words.has(key.slice(0, -1))) && !(key.endsWith('i') && words.has(`${key.slice(0, -1)}e`));

/** The writer as object within WRITER_REACH words after the patient word at j, in the same clause ("told me"). */
function writerSoonAfter(a: Analysis, j: number, spaced: (k: number) => boolean): boolean {
  for (let k = j + 1; k <= j + WRITER_REACH && spaced(k); k++) if (a.lexicon.writerObjects.has(a.tokens[k]!.key)) return true;
  return false;
}

/** In a reply, "your wait in our ER", "votre attente aux urgences": the reader's own visit, which they told of, not someone else's. */
const OWN_VISIT_REACH = 3;
function readersOwn(a: Analysis, first: number): boolean {
  for (let k = Math.max(0, first - OWN_VISIT_REACH); k < first; k++) if (a.sentence[k] === a.sentence[first] && a.lexicon.secondPossessives.has(a.tokens[k]!.key)) return true;
  return false;
}

/** "Oda 305'teki hasta", "el paciente de la habitación 3", "patient in room 5": a patient word beside a room or bed word. */
const ROOM_REACH = 3;
function patientNounsByRooms(a: Analysis): number[] {
  const found: number[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    if (!(a.startTags[i]! & TAG.ROOM) || countedRoom(a, i)) continue;
    for (let k = Math.max(0, i - ROOM_REACH); k <= Math.min(a.tokens.length - 1, i + ROOM_REACH + 1); k++) {
      // "ses 30 ans au service des patients": serving patients, not a patient in a ward.
      if (k !== i && a.sentence[k] === a.sentence[i] && a.lexicon.patientWords.has(a.tokens[k]!.key) && !(a.tags[k]! & TAG.PATIENT_REF) && !describesService(a, k, k + 1)) found.push(k);
    }
  }
  return found;
}

/** "300 hastaya hizmet verdi", "1.200 pazienti": a number of patients is a count, no one patient (but "Oda 305 hasta" is a room's). */
function counted(a: Analysis, first: number): boolean {
  const before = a.tokens[first - 1];
  return !!before && before.isNumber && a.tokens[first]!.sep === SEP.SPACE && !(first > 1 && a.tags[first - 2]! & TAG.ROOM);
}

/** "10 years in our ER", "10 ans dans notre service", "10 anni nel nostro reparto": a career there; "3 days in our ICU" is a stay. */
function yearsSpentThere(a: Analysis, first: number): boolean {
  return first > 1 && a.tokens[first - 2]!.isNumber && a.lexicon.yearUnits.has(a.tokens[first - 1]!.key);
}

// "autorización de la paciente", "sicurezza del paziente": articles and prepositions between the service word and the patient word.
const LINKS = new Set(['de', 'del', 'la', 'el', 'al', 'a', 'du', 'des', 'le', 'l', 'les', 'di', 'della', 'dello', 'dei', 'delle', 'degli', 'il', 'lo', 'los', 'las']);
const CONNECTORS_BETWEEN = 2;

/**
 * The patient words [first, end) name a service or a formality, not a person: "our patient relations team", "patient
 * and family council", "servicio de atención al paciente", "sécurité du patient", "with our patient's permission",
 * "hastamızın izniyle". Each language lists the words that do so after the patient word and before it.
 */
export function describesService(a: Analysis, first: number, end: number): boolean {
  const { tokens, lexicon } = a;
  let b = first;
  while (b > first - 1 - CONNECTORS_BETWEEN && b > 0 && LINKS.has(tokens[b - 1]!.key)) b--;
  const before = tokens[b - 1];
  // Within one phrase: "Night shift: my 80 y/o patient" starts afresh after the colon.
  const joined = tokens[b]!.sep !== 0 && (tokens[b]!.sep & ~(SEP.SPACE | SEP.APOSTROPHE)) === 0;
  if (before && joined && lexicon.servicesBefore.has(before.key)) return true;
  // A one-word reference carries its own endings ("hastamızın"); a longer one must end on the patient word.
  if (end - first > 1 && !lexicon.patientWords.has(tokens[end - 1]!.key)) return false;
  let next = end;
  if (tokens[next]?.sep === SEP.APOSTROPHE && tokens[next]!.key === 's') next++;
  // "patient and family advisory council", "patient & family centred care"
  if (tokens[next]?.key === 'and' && tokens[next + 1]?.key === 'family') next += 2;
  const after = tokens[next];
  return !!after && (after.sep === SEP.SPACE || next > end) && lexicon.servicesAfter.has(after.key);
}

/** Words an adjective or two may put between "our" and "patient": "our bravest patient", "notre plus jeune patiente". */
const ADJECTIVES_BETWEEN = 2;

/** "my favourite patient", "nuestra querida paciente", "il nostro piccolo paziente", "my 80 y/o patient": the phrase lists have no room for adjectives or ages. */
export function ourPatients(a: Analysis): Array<[number, number]> {
  const { tokens, lexicon } = a;
  const spans: Array<[number, number]> = [];
  // An age between does not count as a word: "my 80 y/o patient", "our 92-year-old patient".
  const ageWord = (j: number) => tokens[j]!.isNumber || (a.tags[j]! & TAG.AGE_UNIT) !== 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!(a.wordFlags[i]! & WORD.OUR_POSSESSIVE) || tokens[i + 1]?.sep !== SEP.SPACE) continue;
    let words = 0;
    for (let j = i + 1; j < tokens.length; j++) {
      const sep = tokens[j]!.sep;
      if (j > i + 1 && sep !== SEP.SPACE && !(ageWord(j) && (sep & ~(SEP.SPACE | SEP.HYPHEN | SEP.SLASH)) === 0)) break;
      if (j > i + 1 && lexicon.patientWords.has(tokens[j]!.key)) {
        if (!describesService(a, i, j + 1)) spans.push([i, j + 1]);
        break;
      }
      if (!ageWord(j) && ++words > ADJECTIVES_BETWEEN) break;
    }
  }
  return spans;
}

/**
 * "Bienvenue au Dr Laurent dans notre service", "Benvenuta alla dottoressa Ricci nel nostro reparto": the team's
 * ward that a clinician joins, not where a patient stays — the phrase names no patient, and a staff title is in its sentence.
 */
export function staffJoining(a: Analysis, first: number, end: number): boolean {
  let team = false;
  for (let k = first; k < end; k++) {
    if (a.tags[k]! & TAG.PATIENT_NOUN) return false;
    team ||= a.lexicon.careVoice.has(a.tokens[k]!.key);
  }
  return team && sentenceHas(a, first, TAG.STAFF);
}

/** "Patient" starting a sentence and followed soon by a care event or an age: a note about one patient. */
function opensClinicalNote(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (!t.cap || !a.lexicon.noteOpeners.has(t.key) || (i > 0 && a.sentence[i] === a.sentence[i - 1] && !(t.sep & SEP.COLON))) return false;
  for (let j = i + 1; j <= i + CUE_DISTANCE && j < a.tokens.length && a.sentence[j] === a.sentence[i]; j++) {
    // A capital next ("Patient Dies After…") is a headline, not a note.
    if (a.tokens[j]!.cap) return false;
    if (a.tags[j]! & (TAG.CARE_EVENT | TAG.AGE_UNIT)) return true;
  }
  return false;
}

/**
 * Token ranges [first, end) that speak to the reader about their own care: the lexicon's phrases ("your
 * results", "get well soon") and "your" followed closely by a care word ("your knee surgery", "tu
 * operación de rodilla", "la tua ultima terapia", Turkish "diz ameliyatınız").
 */
// Asked for several times per check (reply detection, patient references, the private channel): worked out once per analysis.
const addressedCareOf = new WeakMap<Analysis, Array<[number, number]>>();
export function addressedCare(a: Analysis): Array<[number, number]> {
  let spans = addressedCareOf.get(a);
  if (!spans) addressedCareOf.set(a, (spans = findAddressedCare(a)));
  return spans;
}

function findAddressedCare(a: Analysis): Array<[number, number]> {
  const { tokens, lexicon } = a;
  const spans: Array<[number, number]> = [];
  for (const hit of a.hits) if (hit.tags & TAG.ADDRESSED_CARE) spans.push([hit.first, hit.end]);
  for (let i = 0; i < tokens.length; i++) {
    if (a.tags[i]! & TAG.ADDRESSED_CARE) continue;
    if (lexicon.secondPossessives.has(tokens[i]!.key)) {
      // "your mom is home after her stroke": the care of the reader's relative, a few more words on, or what
      // happened to them in care ("your dad was admitted last night").
      const family = familyWords(a, i + 1);
      const end = family > 0 ? possessedCareEnd(a, i, FAMILY_REACH + family - 1, RELATIVE_CARE_TAGS) : possessedCareEnd(a, i, POSSESSIVE_REACH);
      if (end > 0) spans.push([i, end]);
    } else if (a.wordFlags[i]! & WORD.FAMILY && endsWithOneOf(tokens[i]!.key, lexicon.secondPossessiveEndings, 2)) {
      // Turkish writes "your" on the relative: "Anneniz yarın servise alınacak".
      const end = possessedCareEnd(a, i, FAMILY_REACH, RELATIVE_CARE_TAGS);
      if (end > 0) spans.push([i, end]);
    } else if (a.tags[i]! & CARE_TAGS && endsWithOneOf(tokens[i]!.key, lexicon.secondPossessiveEndings, 2)) {
      spans.push([i, i + 1]);
    }
  }
  return spans;
}

/** How many words a relative's word at j has ("your mom", "your little one"), or 0. */
function familyWords(a: Analysis, j: number): number {
  const { tokens, lexicon } = a;
  if (j >= tokens.length) return 0;
  if (lexicon.family.has(tokens[j]!.key)) return 1;
  return j + 1 < tokens.length && lexicon.family.has(`${tokens[j]!.key} ${tokens[j + 1]!.key}`) ? 2 : 0;
}

/** The end of the care word a possessive at i owns within `reach` words of its sentence ("your knee surgery", "his chemo"), or -1. */
function possessedCareEnd(a: Analysis, i: number, reach: number, care = CARE_TAGS): number {
  const { tokens } = a;
  for (let j = i + 1; j <= i + reach && j < tokens.length && a.sentence[j] === a.sentence[i] && !(tokens[j]!.sep & SEP.COMMA); j++) {
    if (!(a.tags[j]! & care)) continue;
    let end = j + 1;
    while (end < tokens.length && a.tags[end]! & care && a.sentence[end] === a.sentence[i]) end++;
    return end;
  }
  return -1;
}

/** Someone's own care told in the third person: "during his chemo session", "après sa chimio", "la sua terapia". */
export function toldCare(a: Analysis): boolean {
  return a.tokens.some((t, i) => a.lexicon.thirdPossessives.has(t.key) && possessedCareEnd(a, i, POSSESSIVE_REACH) > 0);
}
