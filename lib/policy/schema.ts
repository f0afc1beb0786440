import * as v from 'valibot';
import { CATEGORIES, LANGS } from '../checker/types';
import { SUPPORTED_SITES } from '../sites/hosts';

export const ENFORCEMENTS = ['warn', 'confirm', 'block'] as const;
export const JURISDICTIONS = ['hipaa-us', 'gdpr-eu', 'uk', 'phipa-ca', 'kvkk-tr'] as const;
export const SEVERITIES = ['info', 'warn', 'block'] as const;
export const UI_LANGUAGES = ['auto', ...LANGS] as const;
export const SITE_IDS = SUPPORTED_SITES.map((s) => s.id);

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
/** An object whose keys are all optional and limited to `keys` (unknown keys are rejected by name). */
function keyed<K extends string, T extends v.GenericSchema>(keys: readonly K[], value: T) {
  return v.strictObject(Object.fromEntries(keys.map((k) => [k, v.optional(value)])) as { [P in K]: v.OptionalSchema<T, undefined> });
}
const list = <T extends v.GenericSchema>(item: T, max: number) => v.optional(v.pipe(v.array(item), v.maxLength(max)), []);

export const detectorSettingSchema = v.strictObject({
  enabled: v.optional(v.boolean(), true),
  /** Overrides the severity the checker gives this category's findings. */
  severity: v.optional(v.picklist(SEVERITIES)),
});

export const customPatternSchema = v.strictObject({
  name: nonEmpty(80),
  /** Regular expression in RE2 syntax (see lib/policy/customPattern.ts): no backreferences or lookaround. */
  pattern: nonEmpty(500),
  /** i: ignore case, s: dot matches newline, m: multi-line anchors, u: accepted for familiarity (always Unicode). */
  flags: v.optional(v.pipe(v.string(), v.regex(/^[imsu]{0,4}$/)), ''),
  severity: v.optional(v.picklist(SEVERITIES), 'warn'),
  /** When set, the pattern only counts with one of these words nearby. */
  contextWords: list(nonEmpty(60), 50),
});

export const organizationSchema = v.strictObject({
  name: v.optional(text(120), ''),
  phone: v.optional(text(40), ''),
  secureLink: v.optional(text(300), ''),
  email: v.optional(text(120), ''),
});

/**
 * The policy. Every key is optional, so the same schema validates each source (managed policy,
 * the admin's recommended `defaults`, user settings, an imported file) as a partial layer, and,
 * parsed once more after the layers are merged, yields the effective policy with every default
 * filled in.
 */
export const policySchema = v.strictObject({
  enforcement: v.optional(v.picklist(ENFORCEMENTS), 'warn'),
  jurisdiction: v.optional(v.picklist(JURISDICTIONS), 'hipaa-us'),
  detectors: v.optional(keyed(CATEGORIES, detectorSettingSchema), {}),
  customPatterns: list(customPatternSchema, 100),
  allowedTerms: list(nonEmpty(200), 1000),
  organization: v.optional(organizationSchema, {}),
  /** Private-channel reply per language; placeholders {handle} {organization} {phone} {secureLink} {email}. */
  replyTemplates: v.optional(keyed(LANGS, nonEmpty(1000)), {}),
  sites: v.optional(
    v.strictObject({
      /** Per supported site; a site not listed is on. */
      enabled: v.optional(keyed(SITE_IDS, v.boolean()), {}),
      /** Whether users may turn SafePost on for other sites from the popup. */
      allowUserSites: v.optional(v.boolean(), true),
    }),
    {},
  ),
  /** UI language; 'auto' follows the browser. */
  uiLanguage: v.optional(v.picklist(UI_LANGUAGES), 'auto'),
});

/**
 * What storage.managed may hold: the enforced keys, plus `defaults` — values the admin recommends
 * and the user may still change.
 */
export const managedPolicySchema = v.strictObject({
  ...policySchema.entries,
  defaults: v.optional(policySchema),
});

export type Policy = v.InferOutput<typeof policySchema>;
/** One source's settings as written: only the keys it sets. */
export type PolicyLayer = v.InferInput<typeof policySchema>;
export type ManagedPolicy = v.InferInput<typeof managedPolicySchema>;
export type CustomPattern = v.InferOutput<typeof customPatternSchema>;
export type Enforcement = (typeof ENFORCEMENTS)[number];
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const DEFAULT_POLICY: Policy = v.parse(policySchema, {});
