/** Lengths of the letter/digit groups of a number as written: "943 476 5919" → [3, 3, 4]. */
export function groupLengths(written: string): number[] {
  const lengths: number[] = [];
  let current = 0;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum) current++;
    else if (current) {
      lengths.push(current);
      current = 0;
    }
  }
  if (current) lengths.push(current);
  return lengths;
}

/** True when the number is written in one of the given groupings (e.g. [3, 2, 4] for "123-45-6789"). */
export function isGroupedAs(written: string, ...shapes: readonly (readonly number[])[]): boolean {
  const lengths = groupLengths(written);
  return shapes.some((shape) => shape.length === lengths.length && shape.every((n, i) => n === lengths[i]));
}

/** Context is needed unless the number is written in one of its usual groupings. */
export const unlessGroupedAs =
  (...shapes: readonly (readonly number[])[]) =>
  (written: string) =>
    !isGroupedAs(written, ...shapes);
