import * as v from 'valibot';
import { policySchema, type ManagedPolicy, type Policy, type PolicyLayer } from './schema';
import { parseManagedPolicy, parsePolicyLayer, type PolicyProblem } from './validate';

/**
 * The one place the effective policy is decided, the way browsers treat enterprise policy:
 *   built-in defaults < managed `defaults` (recommended) < user settings < managed policy (enforced).
 * Objects merge key by key; lists and values replace. Every key the managed policy sets (outside
 * `defaults`) is locked. A source that fails validation is not used: its last good version stays in
 * force, and the problems say why.
 */

/** The last version of each source that passed validation (persisted by the background). */
export interface GoodSources {
  managed: ManagedPolicy;
  user: PolicyLayer;
}

export interface PolicyState {
  policy: Policy;
  /** Dotted paths of the settings the organisation enforces, e.g. "enforcement", "detectors.PHONE.enabled". */
  locked: string[];
  /** Why a source was refused; empty when every source is in force as written. */
  problems: PolicyProblem[];
}

export interface Resolution extends PolicyState {
  /** The sources now in force, to persist as the last good ones. */
  good: GoodSources;
}

export const NO_SOURCES: GoodSources = { managed: {}, user: {} };

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge of validated layers: later layers win; objects merge by key, anything else replaces. */
export function mergeLayers(...layers: PolicyLayer[]): PolicyLayer {
  const merge = (base: Plain, over: Plain): Plain => {
    const out: Plain = { ...base };
    for (const [key, value] of Object.entries(over)) {
      if (value === undefined) continue;
      out[key] = isPlainObject(value) && isPlainObject(out[key]) ? merge(out[key], value) : structuredClone(value);
    }
    return out;
  };
  return layers.reduce<Plain>((acc, layer) => merge(acc, layer as Plain), {}) as PolicyLayer;
}

/** The leaf paths a layer sets: each is a setting it decides. */
export function settingPaths(layer: PolicyLayer): string[] {
  const walk = (value: Plain, prefix: string): string[] =>
    Object.entries(value).flatMap(([key, child]) => {
      if (child === undefined) return [];
      const path = prefix ? `${prefix}.${key}` : key;
      return isPlainObject(child) ? walk(child, path) : [path];
    });
  return walk(layer as Plain, '');
}

/** True when the organisation enforces this setting (or the whole object it belongs to). */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => l === path || path.startsWith(`${l}.`));
}

function splitManaged(managed: ManagedPolicy): { recommended: PolicyLayer; enforced: PolicyLayer } {
  const { defaults, ...enforced } = managed;
  return { recommended: defaults ?? {}, enforced };
}

/** The effective policy from validated sources. */
export function effectivePolicy(sources: GoodSources): PolicyState {
  const { recommended, enforced } = splitManaged(sources.managed);
  return {
    policy: v.parse(policySchema, mergeLayers(recommended, sources.user, enforced)),
    locked: settingPaths(enforced),
    problems: [],
  };
}

export interface RawSources {
  /** undefined when there is no managed policy at all (Firefox throws on reading it then; Chromium gives {}). */
  managed: unknown;
  /** undefined when the user has no settings. */
  user: unknown;
  /** Set when the stored user settings could not be read at all (see userSettings.ts). */
  userProblem?: PolicyProblem;
}

/** Resolves the policy from what the sources hold now. */
export function resolvePolicy(raw: RawSources, lastGood: GoodSources = NO_SOURCES): Resolution {
  const managed = raw.managed === undefined ? { ok: true as const, value: {} } : parseManagedPolicy(raw.managed);
  const user = raw.userProblem
    ? { ok: false as const, problems: [raw.userProblem] }
    : raw.user === undefined
      ? { ok: true as const, value: {} }
      : parsePolicyLayer(raw.user, 'user');
  const good: GoodSources = {
    managed: managed.ok ? managed.value : lastGood.managed,
    user: user.ok ? user.value : lastGood.user,
  };
  const problems = [...(managed.ok ? [] : managed.problems), ...(user.ok ? [] : user.problems)];
  return { ...effectivePolicy(good), problems, good };
}
