import { PhraseMatcher } from '../lexicon/phraseMatcher';
import type { Token } from '../text/tokenize';
import { mergeRanges } from './ranges';

/**
 * The organisation's allowed terms ("Mercy Hospital", "Dr. Rivera's Diabetes Clinic", its own phone
 * number): never flagged, and not counted as context either. Matched whole-word and case-insensitively
 * on the normalised text, the same way as the lexicons.
 */
export interface AllowedTerms {
  /** Offset ranges of the text (normalised) that are allowed: sorted, disjoint. */
  ranges(tokens: readonly Token[]): Array<[number, number]>;
}

const ALLOWED = 1;

/** The term without trailing "*" — by a loop, since /\*+$/ backtracks on a long run of "*". */
function withoutStemMarker(term: string): string {
  let end = term.length;
  while (end > 0 && term[end - 1] === '*') end--;
  return term.slice(0, end);
}

export function compileAllowedTerms(terms: readonly string[]): AllowedTerms {
  const matcher = new PhraseMatcher();
  // A trailing "*" is a stem marker in lexicons; an admin's term means the word itself.
  for (const term of terms) matcher.add(withoutStemMarker(term), ALLOWED);
  return {
    ranges(tokens) {
      if (terms.length === 0) return [];
      return mergeRanges(matcher.match(tokens).map((hit): [number, number] => [tokens[hit.first]!.start, tokens[hit.end - 1]!.end]));
    },
  };
}
