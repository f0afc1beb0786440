import { LEXICON_DATA } from '../lexicons';
import { foldKey } from '../text/foldKey';
import type { Token } from '../text/tokenize';
import { LANGS, type Lang } from '../types';

/**
 * Guesses which of the five languages a text is in by counting each language's stop words among its
 * first words, plus letters only one language uses (ğ ş ı for Turkish, ñ ¿ ¡ for Spanish, œ ç ê for
 * French). Cheap enough to run on every keystroke; the fallback (the jurisdiction's language) when nothing decides.
 */
const SAMPLE_TOKENS = 300;
const SAMPLE_CHARS = 3000;
export const LETTER_HINTS: ReadonlyArray<[RegExp, Lang, number]> = [
  [/[ğşıİĞŞ]/g, 'tr', 3],
  [/[ñ¿¡]/g, 'es', 3],
  [/[œçêâîôûëÿ]/g, 'fr', 1],
  [/[ìòù]/g, 'it', 1],
];

let stopwordLangs: Map<string, Lang[]> | undefined;
function languagesOfStopwords(): Map<string, Lang[]> {
  if (stopwordLangs) return stopwordLangs;
  stopwordLangs = new Map();
  for (const lang of LANGS) {
    for (const word of LEXICON_DATA[lang].stopwords) {
      const key = foldKey(word);
      const langs = stopwordLangs.get(key) ?? [];
      if (!langs.includes(lang)) langs.push(lang);
      stopwordLangs.set(key, langs);
    }
  }
  return stopwordLangs;
}

export function detectLanguage(tokens: readonly Token[], text: string, fallback: Lang = 'en'): Lang {
  const score: Record<Lang, number> = { en: 0, fr: 0, es: 0, it: 0, tr: 0 };
  const table = languagesOfStopwords();
  const n = Math.min(tokens.length, SAMPLE_TOKENS);
  for (let i = 0; i < n; i++) {
    const langs = table.get(tokens[i]!.key);
    // A word shared by several languages says less than one only a single language uses.
    if (langs) for (const lang of langs) score[lang] += 1 / langs.length;
  }
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  for (const [letters, lang, weight] of LETTER_HINTS) {
    const found = sample.match(letters);
    if (found) score[lang] += Math.min(found.length, 10) * weight;
  }
  let best: Lang = fallback;
  for (const lang of LANGS) if (score[lang] > score[best]) best = lang;
  return best;
}
