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

/** A regex that finds any of the words, in any of the languages (a post's language can be guessed wrong). */
export function compileLabels(words: Partial<Record<Lang, readonly string[]>>): RegExp {
  const all = [...new Set(Object.values(words).flat())].sort((a, b) => b.length - a.length);
  return new RegExp(all.map(labelSource).join('|'), 'u');
}

/**
 * Folded text before each offset, up to `lookback` characters and cut after the last digit (unless
 * `acrossDigits`, for labels that may precede other numbers, like a street before a postcode);
 * computed once per offset.
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
      let from = Math.max(0, offset - this.lookback);
      for (let i = offset - 1; i >= from && !this.acrossDigits; i--) {
        const c = this.text.charCodeAt(i);
        if (c >= 48 && c <= 57) {
          from = i + 1;
          break;
        }
      }
      window = foldForMatching(this.text.slice(from, offset));
      this.windows.set(offset, window);
    }
    return window;
  }
}
