/** Offset ranges [start, end), end exclusive, kept sorted and disjoint. */

/** The union of ranges sorted by start, as sorted disjoint ranges. */
export function mergeRanges(sorted: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Does [start, end) overlap any of the sorted ranges? */
export function overlapsAny(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]![0] < end;
}
