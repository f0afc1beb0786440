import type { Candidate, Strength } from './detector';

export const STRENGTH_RANK: Record<Strength, number> = { checksum: 3, strong: 2, weak: 1 };

/**
 * Keeps one candidate wherever several overlap: the stronger, then the longer, then the earlier.
 * Returns them sorted by start, none overlapping.
 */
export function keepBestNonOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const byPreference = [...candidates].sort(
    (a, b) => STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of byPreference) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < candidate.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > candidate.start) || (after && after.start < candidate.end)) continue;
    kept.splice(lo, 0, candidate);
  }
  return kept;
}
