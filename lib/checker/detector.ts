import type { Category, Lang, Reason } from './types';

/**
 * Text prepared for matching: look-alike and full-width digits folded to ASCII, Unicode dashes to
 * "-", zero-width characters removed, emoji and symbols between digits turned into a space. `text`
 * is what detectors match; `toOriginal` maps an offset in it back to the caller's string (UTF-16).
 */
export interface NormalizedText {
  original: string;
  text: string;
  toOriginal(offset: number): number;
}

/** How strong a candidate is on its own, before context is weighed. */
export type Strength =
  /** a number whose check digit is valid (health or national id, card, IBAN…) */
  | 'checksum'
  /** an unambiguous identifier by shape alone (email, phone with country code, MRN with its label) */
  | 'strong'
  /** plausible but ambiguous on its own (bare number, capitalised word that may be a name) */
  | 'weak';

/** One thing a detector found, with offsets into NormalizedText.text. */
export interface Candidate {
  start: number;
  end: number;
  category: Category;
  ruleId: string;
  reason: Reason;
  strength: Strength;
}

export interface DetectContext {
  lang: Lang;
  /** Jurisdiction preset of the policy ('hipaa-us', 'gdpr-eu', 'uk', 'phipa-ca', 'kvkk-tr'). */
  jurisdiction: string;
}

export type Detector = (input: NormalizedText, context: DetectContext) => Candidate[];
