import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../../lib/policy/merge';
import { policySchema } from '../../../lib/policy/schema';

const lastGood = { managed: { enforcement: 'block' as const }, user: {} };
/** Random JSON, sometimes shaped like a policy, sometimes with hostile keys. */
const policyish = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom('enforcement', 'allowedTerms', 'customPatterns', 'defaults', '__proto__', 'constructor', 'sites', 'detectors'), fc.jsonValue()),
);

describe('policy resolution on arbitrary input', () => {
  it('never throws, always yields a valid policy, and never lets a refused managed policy lower enforcement', () => {
    fc.assert(
      fc.property(policyish, policyish, (managed, user) => {
        const r = resolvePolicy({ managed, user }, lastGood);
        expect(v.is(policySchema, r.policy)).toBe(true);
        if (r.problems.some((p) => p.source === 'managed')) expect(r.policy.enforcement).toBe('block');
        expect(({} as Record<string, unknown>).enforcement).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
