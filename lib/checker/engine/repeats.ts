import type { Candidate } from '../detector';
import { STRENGTH_RANK } from '../overlaps';
import { mergeRanges, overlapsAny } from './ranges';

/**
 * Once something is found to be an identifier, every other occurrence of the same text is one too:
 * "Mrs Diaz … Diaz said" flags both, so redacting the draft leaves no copy behind. Only whole words
 * count ("Ann" in "Annual" is not the name); a neighbour that is itself a finding does not make a copy
 * part of a longer word, since it will be replaced too.
 */
const CONTEXT: ReadonlySet<string> = new Set(['HEALTH', 'PATIENT', 'PHOTO']);
const MAX_DISTINCT = 100;
const MIN_LENGTH = 2;
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function propagateRepeats(text: string, candidates: Candidate[], allowed: ReadonlyArray<[number, number]>): Candidate[] {
  const identifiers = candidates.filter((c) => !CONTEXT.has(c.category) && c.end - c.start >= MIN_LENGTH);
  if (identifiers.length === 0) return candidates;
  // A copy another rule read only weakly ("Diaz is resting" as a lone given name) still takes the strong reading.
  const covered = new Map<number, Array<[number, number]>>();
  const coveredAtLeast = (rank: number) => {
    let ranges = covered.get(rank);
    if (!ranges) covered.set(rank, (ranges = mergeRanges(identifiers.filter((c) => STRENGTH_RANK[c.strength] >= rank).map((c): [number, number] => [c.start, c.end]).sort((x, y) => x[0] - y[0]))));
    return ranges;
  };
  // Health words are replaced by redaction too: next to one, a copy is still a whole word ("…78cancer") — but not
  // inside one: "12" in "123-45-6789" is part of that number, whatever the number turns out to be.
  const replacedApart = (neighbour: number, own: number) => candidates.some((c) => c.start <= neighbour && neighbour < c.end && !(c.start <= own && own < c.end));
  const seen = new Map<string, Candidate>();
  for (const c of identifiers) {
    const value = text.slice(c.start, c.end);
    if (!seen.has(value) && seen.size < MAX_DISTINCT) seen.set(value, c);
  }
  const added: Candidate[] = [];
  for (const [value, source] of seen) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
      const end = at + value.length;
      const wordBefore = WORD_CHAR.test(text[at - 1] ?? '') && !replacedApart(at - 1, at);
      const wordAfter = WORD_CHAR.test(text[end] ?? '') && !replacedApart(end, end - 1);
      if (wordBefore || wordAfter) continue;
      if (overlapsAny(coveredAtLeast(STRENGTH_RANK[source.strength]), at, end) || overlapsAny(allowed, at, end)) continue;
      added.push({ ...source, start: at, end });
    }
  }
  return added.length ? [...candidates, ...added] : candidates;
}
