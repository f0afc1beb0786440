import type { Lang } from '../types';

/**
 * One kind of identification number the checker recognises by shape and, where the number has
 * one, by its check digit. Matching runs on normalised text (see the checker's normaliser):
 * look-alike digits folded to ASCII, zero-width characters removed.
 *
 * People write the same number many ways ("1EG4-TE5-MK73", "943 476 5919", "2 83 06 24 729 096 41"),
 * so detectors do not scan the text themselves: one scan finds runs of letter and digit groups joined
 * by spaces, dots, dashes or slashes (see numberRuns.ts), and each detector judges the group sequences
 * of a run in compact form — separators removed, letters upper-cased.
 */
export interface IdDetector {
  /** Stable rule id, e.g. "id.us-ssn"; shows up in findings and in policy. */
  id: string;
  /** Message key naming the identifier for the user ("US Social Security number"). */
  labelKey: string;
  /** Message key of the sentence that explains a finding of this kind ("… its check digit is valid"). */
  reasonKey: string;
  /** Shape of the compact form, anchored (^…$). Must not backtrack catastrophically. */
  pattern: RegExp;
  /** Shape the number must have as written, separators included, when that matters (a bare run of digits). */
  written?: RegExp;
  /** Lengths the compact form may have: a cheap filter before the pattern. */
  lengths: readonly number[];
  /** True when the compact form is a valid number of this kind (checksum, allowed ranges). */
  validate: (compact: string) => boolean;
  /** True for numbers validated by a check digit or check letter (strength "checksum"). */
  checksummed: boolean;
  /** True for shapes that are ambiguous on their own, such as a bare long number (strength "weak"). */
  weak?: boolean;
  /**
   * True when the number may be one part of a longer run of groups ("born 1 5 0 3 1 9 8 4 NIR 2 8 4 …").
   * Only for strong checks: a 1-in-10 check digit would fire on some part of almost any long number,
   * so other detectors must match a run, or the part of it between letter groups, whole.
   */
  partOfRun?: boolean;
  /** Fewest digits a match may have, when fewer than three (a parcel "n° 42"): shorter runs are not looked at otherwise. */
  minDigits?: number;
  /** Words that must appear shortly before a match for it to count; absent when shape and checksum suffice. */
  contextWords?: Partial<Record<Lang, readonly string[]>>;
  /**
   * When given, the context words are needed only for the written forms it returns true for — e.g. a
   * Social Security number written without its 3-2-4 grouping could be any nine-digit number.
   */
  needsContext?: (written: string) => boolean;
  /** Jurisdiction presets this identifier belongs to ('*' for all). */
  jurisdictions: readonly string[];
  /**
   * Languages whose posts may carry this identifier outside its jurisdiction preset (a French post
   * under the US preset can still hold a NIR). Elsewhere the identifier counts only next to its
   * context words.
   */
  langs?: readonly Lang[];
}
