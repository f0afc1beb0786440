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

/** Turkish "hasta" is also "sick": in "Hasta hakları birimimiz" (patient rights unit) it names a service, no one's health. */
function namesService(a: Analysis, first: number, end: number): boolean {
  const next = a.tokens[end];
  return end === first + 1 && !!next && a.lexicon.patientWords.has(a.tokens[first]!.key) && a.lexicon.servicesAfter.has(next.key);
}

export function detectHealth(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const hit of a.hits) {
    const kind = KINDS.find(([tag]) => hit.tags & tag);
    if (!kind || namesService(a, hit.first, hit.end)) continue;
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
