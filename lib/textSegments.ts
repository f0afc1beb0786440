import type { Finding } from './checker/types';

/** A run of the text, with the index of the finding it belongs to when it is one. */
export interface TextSegment {
  text: string;
  finding?: number;
}

/**
 * Cuts text into plain runs and finding runs, for highlighting without touching markup. Findings
 * are expected sorted and disjoint (the checker's contract); one that overlaps the previous one or
 * falls outside the text is skipped rather than corrupting the rest.
 */
export function textSegments(text: string, findings: readonly Finding[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  findings.forEach((f, index) => {
    if (f.start < at || f.end <= f.start || f.end > text.length) return;
    if (f.start > at) segments.push({ text: text.slice(at, f.start) });
    segments.push({ text: text.slice(f.start, f.end), finding: index });
    at = f.end;
  });
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
