import type { Analysis } from '../analysis';
import { SEP } from '../text/tokenize';

// Units only medicines are measured in: "20 mg", "500mcg", "10 000 UI". Not grams or millilitres, which
// nutrition and hydration tips use as much.
const DOSE_UNITS = new Set(['mg', 'mcg', 'µg', 'μg', 'ug', 'ui', 'iu', 'mui']);

/** Token i is a number and the next token a dose unit glued or spaced to it: the end of the dose, or -1. */
export function doseEnd(a: Analysis, i: number): number {
  const t = a.tokens[i]!;
  const unit = a.tokens[i + 1];
  if (!t.isNumber || !unit || !(unit.sep === 0 || unit.sep === SEP.SPACE) || !DOSE_UNITS.has(unit.key)) return -1;
  return i + 2;
}

/** Sentences that give a dose of a medicine: what is said in them is about a treatment. */
export function sentencesWithDoses(a: Analysis): Set<number> {
  const sentences = new Set<number>();
  for (let i = 0; i + 1 < a.tokens.length; i++) if (doseEnd(a, i) > 0) sentences.add(a.sentence[i]!);
  return sentences;
}
