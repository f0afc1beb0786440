import type { Analysis } from '../analysis';
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
    const aboutPatient = hit.tags & TAG.PATIENT_PHOTO || (hit.tags & TAG.PHOTO && patientSentences.has(a.sentence[hit.first]!));
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
