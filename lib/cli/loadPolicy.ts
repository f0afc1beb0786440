import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { policySchema, type Policy } from '../policy/schema';

/** Reads and validates a policy file; the error names the file and the key that is wrong. */
export function loadPolicy(file: string): Policy {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read the policy: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = v.safeParse(policySchema, json);
  if (parsed.success) return parsed.output;
  const problems = parsed.issues.map((issue) => {
    const key = issue.path?.map((p) => String(p.key)).join('.') || '(top level)';
    return `${key}: ${issue.message}`;
  });
  throw new Error(`${file}: invalid policy\n  ${problems.join('\n  ')}`);
}
