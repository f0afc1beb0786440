/**
 * The most findings drawn over one field at once. Past a few hundred, marks no longer help the
 * writer, while drawing thousands over a huge paste would freeze the tab; the badge and the panel
 * still count every finding.
 */
export const MAX_MARKS = 500;

/** The findings to draw (the first MAX_MARKS, in text order). */
export function marksToDraw<T>(findings: readonly T[]): readonly T[] {
  return findings.length > MAX_MARKS ? findings.slice(0, MAX_MARKS) : findings;
}
