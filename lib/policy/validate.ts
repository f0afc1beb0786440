import * as v from 'valibot';
import type { Reason } from '../checker/types';
import { compileCustomPattern } from './customPattern';
import { managedPolicySchema, policySchema, type ManagedPolicy, type PolicyLayer } from './schema';

/** Where a policy came from: the organisation's managed policy, the user's settings, or a file being imported. */
export type PolicySource = 'managed' | 'user' | 'import';

/** One reason a policy source was refused: the key at fault and why, as a message key for every UI. */
export interface PolicyProblem {
  source: PolicySource;
  /** Dotted path of the key, e.g. "customPatterns[2].pattern"; "" for the whole source. */
  path: string;
  reason: Reason;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: PolicyProblem[] };

/** Keys that could reach Object.prototype through a careless merge; refused wherever they appear. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

function forbiddenKeys(value: unknown, path: string, found: string[]): string[] {
  if (Array.isArray(value)) value.forEach((item, i) => forbiddenKeys(item, joinPath(path, i), found));
  else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const child = joinPath(path, key);
      if (FORBIDDEN_KEYS.has(key)) found.push(child);
      else forbiddenKeys((value as Record<string, unknown>)[key], child, found);
    }
  }
  return found;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((path, item) => joinPath(path, item.key as string | number), '');
}

/** Turns a valibot issue into the reason shown to users and admins. */
function issueReason(issue: v.BaseIssue<unknown>): Reason {
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'strict_object':
      return issue.expected === 'never' ? { key: 'policy_error_unknown_key' } : { key: 'policy_error_type', values: { expected: 'Object', received: issue.received } };
    case 'picklist':
      return { key: 'policy_error_not_allowed', values: { expected: issue.expected ?? '', received: issue.received } };
    case 'max_length':
      return Array.isArray(issue.input)
        ? { key: 'policy_error_too_many', values: { max: Number(requirement) } }
        : { key: 'policy_error_too_long', values: { max: Number(requirement) } };
    case 'min_length':
      return { key: 'policy_error_empty' };
    case 'regex':
      return { key: 'policy_error_flags' };
    default:
      return { key: 'policy_error_type', values: { expected: issue.expected ?? '', received: issue.received } };
  }
}

function patternProblems(layer: PolicyLayer, prefix: string, source: PolicySource): PolicyProblem[] {
  return (layer.customPatterns ?? []).flatMap((p, i) => {
    const compiled = compileCustomPattern(p.pattern, p.flags);
    if (compiled.ok) return [];
    const key = compiled.error === 'invalid' ? 'policy_error_regex_invalid' : 'policy_error_regex_empty_match';
    return [{ source, path: joinPath(joinPath(prefix, 'customPatterns'), i) + '.pattern', reason: { key, values: { detail: compiled.detail } } }];
  });
}

function parseWith<T>(schema: v.GenericSchema, raw: unknown, source: PolicySource, layers: (value: T) => [PolicyLayer, string][]): Parsed<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ source, path: '', reason: { key: 'policy_error_not_object' } }] };
  }
  const forbidden = forbiddenKeys(raw, '', []);
  if (forbidden.length) return { ok: false, problems: forbidden.map((path) => ({ source, path, reason: { key: 'policy_error_forbidden_key' } })) };
  const result = v.safeParse(schema, raw);
  if (!result.success) {
    return { ok: false, problems: result.issues.map((issue) => ({ source, path: issuePath(issue), reason: issueReason(issue) })) };
  }
  // Keep the input, not the output: a layer holds only the keys its source sets, so that the
  // merge knows what each source decided (and what the organisation locked).
  const value = structuredClone(raw) as T;
  const problems = layers(value).flatMap(([layer, prefix]) => patternProblems(layer, prefix, source));
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/** Validates user settings or an imported policy file. */
export function parsePolicyLayer(raw: unknown, source: 'user' | 'import'): Parsed<PolicyLayer> {
  return parseWith<PolicyLayer>(policySchema, raw, source, (layer) => [[layer, '']]);
}

/** Validates what storage.managed holds. */
export function parseManagedPolicy(raw: unknown): Parsed<ManagedPolicy> {
  return parseWith<ManagedPolicy>(managedPolicySchema, raw, 'managed', (managed) => [
    [managed, ''],
    [managed.defaults ?? {}, 'defaults'],
  ]);
}

/** Parses the text of a policy file chosen for import. */
export function parsePolicyFile(text: string): Parsed<PolicyLayer> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ source: 'import', path: '', reason: { key: 'policy_error_not_json', values: { detail: err instanceof Error ? err.message : String(err) } } }] };
  }
  return parsePolicyLayer(raw, 'import');
}
