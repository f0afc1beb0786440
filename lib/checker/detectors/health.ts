import type { Analysis } from '../analysis';
import type { Candidate } from '../detector';
import { TAG } from '../lexicon/tags';
import { doseEnd } from './doses';

/** Health context: conditions, symptoms, medications (by name or by their dose), procedures, tests and results, care settings. */
const KINDS: Array<[number, string]> = [
  [TAG.CONDITION, 'condition'],
  [TAG.SYMPTOM, 'symptom'],
  [TAG.MEDICATION, 'medication'],
  [TAG.PROCEDURE, 'procedure'],
  [TAG.TEST, 'test'],
  [TAG.SETTING, 'setting'],
];

export function detectHealth(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const hit of a.hits) {
    const kind = KINDS.find(([tag]) => hit.tags & tag);
    if (!kind) continue;
    found.push({
      start: a.tokens[hit.first]!.start,
      end: a.tokens[hit.end - 1]!.end,
      category: 'HEALTH',
      ruleId: `health.${kind[1]}`,
      strength: 'weak',
      reason: { key: `reason_health_${kind[1]}` },
    });
  }
  for (let i = 0; i + 1 < a.tokens.length; i++) {
    const end = doseEnd(a, i);
    if (end < 0) continue;
    found.push({ start: a.tokens[i]!.start, end: a.tokens[end - 1]!.end, category: 'HEALTH', ruleId: 'health.medication', strength: 'weak', reason: { key: 'reason_health_medication' } });
  }
  return found;
}
