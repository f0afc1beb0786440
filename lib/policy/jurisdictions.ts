import data from './jurisdictions.json';
import type { Lang } from '../checker/types';
import type { Jurisdiction } from './schema';

/**
 * A jurisdiction preset: how SafePost names the law and the protected data (message keys, localized
 * in public/_locales), and what the law's de-identification rules let through. Presets are data
 * (jurisdictions.json). Which national ID numbers apply is declared by each ID detector
 * (lib/checker/ids, `jurisdictions`), next to the number's format.
 */
export interface JurisdictionPreset {
  /** Name of the preset in settings ("United States — HIPAA"). */
  labelKey: string;
  /** The law, as named in explanations ("the HIPAA Privacy Rule"). */
  lawKey: string;
  /** What the law calls the protected data ("protected health information"). */
  dataKey: string;
  /** Ages above this identify a person (HIPAA Safe Harbor: over 89); 0 when any age can, with context. */
  ageOver: number;
  /** A year on its own is not an identifier (HIPAA Safe Harbor keeps years; the others have no such rule). */
  yearAloneAllowed: boolean;
  /** The language assumed for a text that gives no clue of its own (a name and a number). */
  defaultLang: Lang;
  /** Leading digits of a postal code that may be shown (HIPAA Safe Harbor: 3 in populous areas). */
  postalPrefixDigits: number;
}

export const JURISDICTION_PRESETS = data as Record<Jurisdiction, JurisdictionPreset>;
