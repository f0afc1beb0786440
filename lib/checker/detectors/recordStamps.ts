import { tokenAt, type Analysis } from '../analysis';
import type { Candidate } from '../detector';
import { STAMP } from '../lexicon/tags';
import { SEP } from '../text/tokenize';

/**
 * Text pasted from a patient record carries the stamps its software prints on every page: "Document
 * imprimé de Hôpital X le 02/09/2021 à 09:23", "Electronically signed by Dr. Jones", "Avis du
 * 12/02/2027 par le Dr …", "Referto firmato da …", "Yazdırılma tarihi: …". The date, name or number
 * in such a stamp is a page of someone's file: staff copy from it, so it may disclose that patient
 * even when nothing else in the text says so. The phrases are in dates.json (recordStamps).
 */

// A print stamp's date comes after the place or the person that printed it ("imprimé de Hôpital Charles-Nicolle le …").
const PRINTED_REACH = 8;
// A signature's name comes right after its title ("signed by Dr. Jane Smith").
const SIGNED_REACH = 3;
// A heading's date follows it at once, after a connector at most ("Avis du 12/02/2027").
const HEADING_REACH = 1;
// A stamp heads or closes a page: it opens its line, after a section's name or a page number at most
// ("Diététique imprimé le …", "Page 2 Printed on …"); "our report, printed on 12 May, is out" is prose.
const MAX_WORDS_BEFORE = 3;
const STAMPED: ReadonlySet<string> = new Set(['DATE', 'ID', 'NAME']);
/** The candidates (dates, names, numbers) that stand in a record's stamp. */
export function stampedCandidates(a: Analysis, candidates: readonly Candidate[]): Set<Candidate> {
  const stamped = new Set<Candidate>();
  const stampable = candidates.filter((c) => STAMPED.has(c.category));
  if (stampable.length === 0) return stamped;
  const hits = a.lexicon.recordStamps.match(a.tokens);
  if (hits.length === 0) return stamped;
  const firstToken = (c: Candidate) => tokenAt(a, c.start);
  const startingWithin = (from: number, reach: number, categories?: ReadonlySet<string>) =>
    stampable.filter((c) => {
      const i = firstToken(c);
      return i >= from && i <= from + reach && sameLine(a, from - 1, i) && (!categories || categories.has(c.category));
    });
  // Where the author's name starts after the "by" word that stands at `start`, or -1 without one.
  const authorAt = (start: number) => hits.find((h) => h.first === start && h.tags & STAMP.BY)?.end ?? -1;
  for (const hit of hits) {
    if (!opensLine(a, hit.first)) continue;
    if (hit.tags & STAMP.PRINTED) for (const c of startingWithin(hit.end, PRINTED_REACH)) stamped.add(c);
    if (hit.tags & STAMP.SIGNED) for (const c of startingWithin(hit.end, SIGNED_REACH, NAMES)) stamped.add(c);
    if (hit.tags & STAMP.HEADING) {
      // A heading is a stamp only with its author after the date ("Avis du 12/02/2027 par le Dr"): "l'avis du 12 mars" alone is any opinion.
      for (const date of startingWithin(hit.end, HEADING_REACH, DATES)) {
        const author = authorAt(tokenAt(a, date.end - 1) + 1);
        if (author < 0) continue;
        stamped.add(date);
        for (const c of startingWithin(author, SIGNED_REACH, NAMES)) stamped.add(c);
      }
    }
  }
  return stamped;
}

const NAMES: ReadonlySet<string> = new Set(['NAME']);
const DATES: ReadonlySet<string> = new Set(['DATE']);

/** Token i is among the first words of its line. */
function opensLine(a: Analysis, i: number): boolean {
  if (i <= MAX_WORDS_BEFORE) return true;
  for (let k = i; k >= i - MAX_WORDS_BEFORE; k--) if (a.tokens[k]!.sep & SEP.NEWLINE) return true;
  return false;
}

/** No line break between tokens `from` and `to`: a stamp is one line of the page. */
function sameLine(a: Analysis, from: number, to: number): boolean {
  for (let k = Math.max(from + 1, 1); k <= to && k < a.tokens.length; k++) if (a.tokens[k]!.sep & SEP.NEWLINE) return false;
  return true;
}
