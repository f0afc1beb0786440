import type { Analysis } from '../analysis';
import type { Candidate } from '../detector';
import { TAG } from '../lexicon/tags';

/** Health context: conditions, symptoms, medications, procedures, tests and results, care settings. */
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
  return found;
}
