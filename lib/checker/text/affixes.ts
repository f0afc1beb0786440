// Loops rather than `endings.some((e) => …)`: these run on many tokens of every check, and each such
// call allocates a closure over the key.

/** The key ends with one of the endings, and more than `stem` letters come before it. */
export function endsWithOneOf(key: string, endings: readonly string[], stem = 0): boolean {
  for (let k = 0; k < endings.length; k++) {
    const ending = endings[k]!;
    if (key.length > ending.length + stem && key.endsWith(ending)) return true;
  }
  return false;
}

/** The key starts with one of the prefixes, and more than `rest` letters come after it. */
export function startsWithOneOf(key: string, prefixes: readonly string[], rest = 0): boolean {
  for (let k = 0; k < prefixes.length; k++) {
    const prefix = prefixes[k]!;
    if (key.length > prefix.length + rest && key.startsWith(prefix)) return true;
  }
  return false;
}
