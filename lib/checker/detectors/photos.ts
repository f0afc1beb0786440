import { sentenceHas, type Analysis } from '../analysis';
import { ourPatients } from './patient';
import type { Candidate } from '../detector';
import { TAG } from '../lexicon/tags';

/**
 * Text about a patient's photo: "selfie with my patient", "her X-ray", "foto del paciente", "hastamızla
 * selfie", or any photo word in a sentence that refers to a patient.
 */
export function detectPhotoReferences(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  const patientSentences = new Set<number>();
  for (let i = 0; i < a.tokens.length; i++) if (a.tags[i]! & TAG.PATIENT_REF) patientSentences.add(a.sentence[i]!);
  for (const [first] of ourPatients(a)) patientSentences.add(a.sentence[first]!);
  for (const hit of a.hits) {
    const aboutPatient =
      hit.tags & TAG.PATIENT_PHOTO ||
      (hit.tags & TAG.PHOTO && (patientSentences.has(a.sentence[hit.first]!) || (!(a.tags[hit.first]! & TAG.TEST) && withPersonInCare(a, hit.end))));
    if (!aboutPatient) continue;
    found.push({
      start: a.tokens[hit.first]!.start,
      end: a.tokens[hit.end - 1]!.end,
      category: 'PHOTO',
      ruleId: 'photo.reference',
      strength: 'strong',
      reason: { key: 'reason_photo' },
    });
  }
  return found;
}

// "Selfie with Maria", "Foto con la piccola Sofia", "Photo avec Mme Roux": the photo shows the person named after it.
const WITH = new Set(['with', 'avec', 'con', 'insieme']);
const PERSON_REACH = 3;
// Care given to someone, not a condition's name, which events carry too ("Photo with Maria at the diabetes walk").
const CARE_WORDS = TAG.SYMPTOM | TAG.MEDICATION | TAG.PROCEDURE | TAG.TEST | TAG.CARE_EVENT;

/** A photo word followed by "with" and a capitalised name (not a clinician), in a sentence about someone's care. */
function withPersonInCare(a: Analysis, end: number): boolean {
  const { tokens } = a;
  // "Foto ricordo con …", "photo souvenir avec …": one word may stand between.
  const j = end < tokens.length && WITH.has(tokens[end]!.key) ? end : end + 1;
  if (j >= tokens.length || !WITH.has(tokens[j]!.key) || !sentenceHas(a, j, CARE_WORDS)) return false;
  for (let k = j + 1; k <= j + PERSON_REACH && k < tokens.length && a.sentence[k] === a.sentence[j]; k++) {
    if (a.tags[k]! & TAG.STAFF) return false;
    const t = tokens[k]!;
    if (t.cap && !t.isNumber && !(a.tags[k]! & TAG.STOPWORD)) return true;
  }
  return false;
}
