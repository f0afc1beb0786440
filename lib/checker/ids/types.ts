import type { Lang } from '../types';

/**
 * One kind of identification number the checker recognises by shape and, where the number has
 * one, by its check digit. Matching runs on normalised text (see the checker's normaliser):
 * look-alike digits folded to ASCII, separators kept, zero-width characters removed.
 */
export interface IdDetector {
  /** Stable rule id, e.g. "id.us-ssn"; shows up in findings and in policy. */
  id: string;
  /** Message key naming the identifier for the user ("a US Social Security number"). */
  labelKey: string;
  /** Global regex over normalised text; each match is a candidate. Must not backtrack catastrophically. */
  pattern: RegExp;
  /** True when the candidate is a valid number of this kind (checksum, allowed ranges). */
  validate: (candidate: string) => boolean;
  /** True for numbers that are health or national identifiers valid by checksum (severity block). */
  checksummed: boolean;
  /** Words that must appear near a match for it to count; empty when the shape and checksum suffice. */
  contextWords?: Partial<Record<Lang, readonly string[]>>;
  /** Jurisdiction presets this identifier belongs to ('*' for all). */
  jurisdictions: readonly string[];
}
