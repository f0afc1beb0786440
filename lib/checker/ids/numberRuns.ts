/**
 * Finds where identification numbers can be: runs of letter/digit groups joined by the separators
 * people type inside numbers ("2 83 06", "12.345.678-Z", "1EG4-TE5-MK73", "18949 / 91"). One linear
 * pass; every ID detector then looks only at these runs, so a post without numbers costs almost nothing.
 *
 * A group is a maximal run of ASCII letters and digits (after normalisation look-alike digits are
 * ASCII). Letter-only groups of up to four letters may sit inside a run (IBAN "WEST", Ontario
 * version code "AB", Spanish plate "BCD", a label such as "NHC"); a longer word ends it. A run is
 * kept only when it has a digit.
 */
export interface Group {
  start: number;
  end: number;
  digits: number;
}

export interface NumberRun {
  groups: Group[];
  digits: number;
}

const MAX_LETTER_GROUP = 4;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number) => isDigit(c) || isLetter(c);
/** Letters with diacritics and other scripts: an ASCII group touching one is part of a word, not a number. */
const isWordChar = (c: number) => isAlnum(c) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);

const SPACE = 32;
const isSeparatorMark = (c: number) => c === 46 /* . */ || c === 45 /* - */ || c === 47; /* / */

/**
 * True when the characters between two groups join them into one number: one space, dot, dash or
 * slash, or a dot/dash/slash with a space on either or both sides — but not ". ", which ends a sentence.
 */
function joins(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap === 1) {
    const c = text.charCodeAt(from);
    return c === SPACE || isSeparatorMark(c);
  }
  if (gap === 2) {
    const a = text.charCodeAt(from);
    const b = text.charCodeAt(from + 1);
    if (a === SPACE) return isSeparatorMark(b);
    return isSeparatorMark(a) && a !== 46 && b === SPACE;
  }
  if (gap === 3) {
    return text.charCodeAt(from) === SPACE && isSeparatorMark(text.charCodeAt(from + 1)) && text.charCodeAt(from + 2) === SPACE;
  }
  return false;
}

/** Letter-only groups kept in front of a run's first digit ("TREM 1234 5678", "X 1234567 L"). */
const MAX_LEADING_LETTER_GROUPS = 2;
/** How far before a digit those groups can start: two groups of four letters and their separators. */
const LEADING_REACH = 16;

/**
 * How two digit groups are joined: by a space alone, or by a mark (dot, dash, slash). A run keeps one
 * style between its digit groups, so "24-07-1990 2 8 3 0 6 …" is a date and then a number, not one number.
 */
const joinStyle = (text: string, from: number, to: number) => (to - from === 1 && text.charCodeAt(from) === SPACE ? 'space' : 'mark');

export function findNumberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  let run: NumberRun | null = null;
  let style: 'space' | 'mark' | null = null;
  /** Short letter groups seen since the last digit group, not yet part of a run (most are plain words). */
  const pending: Group[] = [];
  const n = text.length;
  let i = 0;
  let nextDigit = -1;
  while (i < n) {
    if (!run && i > nextDigit) {
      // Between runs, skip to a little before the next digit: far from digits no run can start.
      nextDigit = i;
      while (nextDigit < n && !isDigit(text.charCodeAt(nextDigit))) nextDigit++;
      if (nextDigit === n) break;
      let j = nextDigit;
      while (j > i && isAlnum(text.charCodeAt(j - 1))) j--;
      j = Math.max(i, j - LEADING_REACH);
      if (j > i && isAlnum(text.charCodeAt(j - 1))) while (j < nextDigit && isAlnum(text.charCodeAt(j))) j++;
      i = j;
    }
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    for (; i < n && isAlnum(text.charCodeAt(i)); i++) if (isDigit(text.charCodeAt(i))) digits++;
    const inWord = (start > 0 && isWordChar(text.charCodeAt(start - 1))) || (i < n && isWordChar(text.charCodeAt(i)));
    if (inWord || (digits === 0 && i - start > MAX_LETTER_GROUP)) {
      if (run) runs.push(run);
      run = null;
      pending.length = 0;
      continue;
    }
    const last = pending.length ? pending[pending.length - 1]! : run?.groups[run.groups.length - 1];
    const joined = last !== undefined && joins(text, last.end, start);
    if (!joined) {
      if (run) runs.push(run);
      run = null;
      pending.length = 0;
    }
    const group: Group = { start, end: i, digits };
    if (digits === 0) {
      if (run) run.groups.push(group);
      else {
        if (pending.length === MAX_LEADING_LETTER_GROUPS) pending.shift();
        pending.push(group);
      }
      continue;
    }
    const digitJoin = joined && last!.digits > 0 ? joinStyle(text, last!.end, start) : null;
    if (run && digitJoin && style && digitJoin !== style) {
      runs.push(run);
      run = null;
    }
    if (!run) {
      run = { groups: [...pending], digits: 0 };
      pending.length = 0;
      style = null;
    }
    if (digitJoin && run.groups.length) style = digitJoin;
    run.groups.push(group);
    run.digits += digits;
  }
  if (run) runs.push(run);
  return runs;
}
