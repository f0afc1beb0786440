import type { Analysis } from '../analysis';
import type { Candidate } from '../detector';
import { mergeRanges } from '../engine/ranges';
import { TAG } from '../lexicon/tags';
import { SEP } from '../text/tokenize';
import { isFirstPerson } from './tokenTests';

/**
 * Quotations and whom they are signed by. A testimonial quotes someone speaking of themselves and names them
 * after a dash: "“After my double bypass, the team made me feel safe.” – Robert M.", "« J'ai repris le vélo
 * après mon infarctus. » — Jacques, 72 ans". That name is a patient's, told with their own health.
 */
const QUOTE_MARKS: ReadonlyArray<[string, string]> = [['«', '»'], ['“', '”'], ['"', '"']];
const SIGNATURE_DASH = /^[.!?,]?[ \t]*-[ \t]*/;
const MAX_NAME_WORDS = 3;

// Asked for twice per check (signers here, the writer's own "I" in checker.ts): found once per analysis.
const quotedOf = new WeakMap<Analysis, Array<[number, number]>>();

/** [start, end) of every quotation in the analysed text, in order. */
export function quotedSpans(a: Analysis): Array<[number, number]> {
  let spans = quotedOf.get(a);
  if (!spans) quotedOf.set(a, (spans = findQuotations(a.text)));
  return spans;
}

function findQuotations(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // indexOf rather than a pattern: an opening mark never closed must not make every later one scan to the end.
  for (const [open, close] of QUOTE_MARKS) {
    for (let from = 0; ; ) {
      const start = text.indexOf(open, from);
      const end = start < 0 ? -1 : text.indexOf(close, start + 1);
      if (end < 0) break;
      spans.push([start, end + 1]);
      from = end + 1;
    }
  }
  return mergeRanges(spans.sort((x, y) => x[0] - y[0]));
}

const speaksOfThemselves = (a: Analysis, from: number, to: number) => {
  for (let i = from; i < to; i++) if (isFirstPerson(a, i)) return true;
  return false;
};

/** "— Chiara, infermiera del nostro reparto", "- Zeynep, 10 yıllık hemşiremiz": a clinician speaking of their work. */
const ROLE_REACH = 4;
function signedAsStaff(a: Analysis, from: number): boolean {
  for (let k = from; k < Math.min(a.tokens.length, from + ROLE_REACH) && a.sentence[k] === a.sentence[from - 1]; k++) if (a.tags[k]! & TAG.STAFF) return true;
  return false;
}

/** The name that signs a quotation: "- Robert M.", "— Lucia, 52 anni"; a clinician ("— Dr. Lee") signs as staff. */
export function detectAttributions(a: Analysis): Candidate[] {
  const spans = quotedSpans(a);
  if (!spans.length) return [];
  const { tokens } = a;
  const found: Candidate[] = [];
  let i = 0;
  for (const [start, end] of spans) {
    while (i < tokens.length && tokens[i]!.start < start) i++;
    const quoted = i;
    while (i < tokens.length && tokens[i]!.start < end) i++;
    const dash = SIGNATURE_DASH.exec(a.text.slice(end, end + 8));
    if (!dash) continue;
    const signer = i;
    if (signer >= tokens.length || tokens[signer]!.start !== end + dash[0].length || !tokens[signer]!.cap || a.tags[signer]! & (TAG.TITLE | TAG.STAFF)) continue;
    let last = signer;
    while (last + 1 < tokens.length && last + 1 - signer < MAX_NAME_WORDS && tokens[last + 1]!.cap && tokens[last + 1]!.sep === SEP.SPACE) last++;
    if (signedAsStaff(a, last + 1)) continue;
    // Whoever speaks of "my" care, or is given an age after the name ("Lucia, 52 anni"), is a private person, not a famous author.
    const aged = tokens[last + 1]?.isNumber === true && (tokens[last + 1]!.sep & SEP.COMMA) !== 0;
    if (!aged && !speaksOfThemselves(a, quoted, signer)) continue;
    found.push({ start: tokens[signer]!.start, end: tokens[last]!.end, category: 'NAME', ruleId: 'name.attribution', strength: 'strong', reason: { key: 'reason_name' } });
  }
  return found;
}
