import type { Lang } from './types';

/**
 * Label words ("MRN", "NHC", "n° de dossier", "Tél.") that say what the number after them is.
 * A label counts when it is the nearest thing before the number: it must sit in the LOOKBACK
 * characters before it with no other digit in between, so in "NHC: 368503. NASS: 26 63514095" the
 * second number belongs to "NASS", not to "NHC".
 *
 * Labels and text are compared folded — compatibility-decomposed, without accents, lower-case,
 * Turkish dotless ı as i — so "Número", "numero", "NÚMERO" and "Nº"/"no" all meet.
 */
const LOOKBACK = 40;

export function foldForMatching(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const isAlnum = (c: string) => /[\p{L}\p{N}]/u.test(c);

/** One alternative: spaces inside a label stand for any short run of spaces and punctuation ("n . o", "n.o"). */
function labelSource(word: string): string {
  const folded = foldForMatching(word).trim();
  const body = folded
    .split(/\s+/)
    .map(escape)
    .join("[\\s.:'’\\-]{1,3}");
  const before = isAlnum(folded[0]!) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = isAlnum(folded[folded.length - 1]!) ? '(?![\\p{L}\\p{N}])' : '';
  return before + body + after;
}

/**
 * Short words that may stand between a label and its number: "l'IPP est 123", "NDA n° 123",
 * "call me on 555…", "contacter au 01…". Anything else in between (a verb, a year, "for") and the
 * label is about something else.
 */
const FILLERS = ['is', 'was', 'are', 'est', 'etait', 'etant', 'es', 'era', 'e', 'olan', 'le', 'la', 'el', 'il', 'lo', 'the', 'de', 'del', 'di', 'du',
  'des', 'of', 'on', 'at', 'to', 'au', 'al', 'a', 'en', 'in', 'sous', 'no', 'n°', 'n o', 'nr', 'num', 'number', 'numero', 'numara', 'numarasi', 'id', 'code'];
const GAP = "[\\s:#.\\-=(/'’]*";
const FILLER_TAIL = `(?:(?:${FILLERS.map(labelSource).join('|')})${GAP}){0,3}$`;

/**
 * A regex that finds any of the words, in any of the languages (a post's language can be guessed
 * wrong). Unless `anywhere`, the label must end the text it is tested on — the window right before
 * a number — followed only by punctuation and at most three FILLERS.
 */
export function compileLabels(words: Partial<Record<Lang, readonly string[]>>, { anywhere = false } = {}): RegExp {
  const all = [...new Set(Object.values(words).flat())].sort((a, b) => b.length - a.length);
  const labels = `(?:${all.map(labelSource).join('|')})`;
  return new RegExp(anywhere ? labels : labels + GAP + FILLER_TAIL, 'u');
}

/** Words that continue a list of numbers ("nos 28309/06 et 48102/06", "MRN 1234, 5678"): the label before the list counts. */
const LIST_CONNECTOR = /^(?:\s*[,;&]\s+|\s+(?:and|or|et|ou|y|o|e|ve|veya)\s+)$/;
const MAX_LIST_ITEMS = 6;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isNumberChar = (c: number) => isDigit(c) || c === 32 || c === 46 || c === 47 || c === 45;

/**
 * Folded text before each offset, up to `lookback` characters and cut after the last digit (unless
 * `acrossDigits`, for labels that may precede other numbers, like a street before a postcode), or
 * — when only a list connector separates the offset from the previous number — the text before that
 * list; computed once per offset.
 */
export class LabelWindows {
  private readonly windows = new Map<number, string>();
  constructor(
    private readonly text: string,
    private readonly lookback = LOOKBACK,
    private readonly acrossDigits = false,
  ) {}

  before(offset: number): string {
    let window = this.windows.get(offset);
    if (window === undefined) {
      window = this.acrossDigits ? foldForMatching(this.text.slice(Math.max(0, offset - this.lookback), offset)) : this.nearest(offset, MAX_LIST_ITEMS);
      this.windows.set(offset, window);
    }
    return window;
  }

  private nearest(offset: number, listItems: number): string {
    const { text } = this;
    const from = Math.max(0, offset - this.lookback);
    let lastDigit = -1;
    for (let i = offset - 1; i >= from; i--) {
      if (isDigit(text.charCodeAt(i))) {
        lastDigit = i;
        break;
      }
    }
    const window = foldForMatching(text.slice(lastDigit + 1 || from, offset));
    if (lastDigit === -1 || listItems === 0 || !LIST_CONNECTOR.test(window)) return window;
    let itemStart = lastDigit;
    while (itemStart > 0 && isNumberChar(text.charCodeAt(itemStart - 1))) itemStart--;
    return this.nearest(itemStart, listItems - 1);
  }
}
