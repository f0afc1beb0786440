import { LEXICON_DATA } from '../lexicons';
import { foldKey } from '../text/foldKey';
import { SEP, type Token } from '../text/tokenize';
import type { Word } from '../text/words';
import { LANGS, type Lang } from '../types';

/**
 * Guesses which of the five languages a text is in by counting each language's stop words among its
 * first words, plus letters only one language uses (ğ ş ı for Turkish, ñ ¿ ¡ for Spanish, œ ç ê for
 * French). Cheap enough to run on every keystroke; the fallback (the jurisdiction's language) when nothing decides.
 */
const SAMPLE_TOKENS = 300;
const MIN_EVIDENCE = 0.5;
const SAMPLE_CHARS = 3000;
export const LETTER_HINTS: ReadonlyArray<[RegExp, Lang, number]> = [
  [/[ğşıİĞŞ]/g, 'tr', 3],
  [/[ñ¿¡]/g, 'es', 3],
  [/[œçêâîôûëÿ]/g, 'fr', 1],
  [/[ìòù]/g, 'it', 1],
];
/** Accents only one of the languages writes; they count half in a capitalised word, which may be a name ("José", "Müller"). */
const WORD_ACCENTS: ReadonlyArray<[RegExp, Lang]> = [
  [/[áíóú]/, 'es'],
  [/[öü]/, 'tr'],
];
const ENGLISH_CLITICS = new Set(['s', 't', 'd', 'll', 're', 've', 'm']);
const LINK_HINT = /:\/\/|www\./;
const ANY_WORD_ACCENT = /[áíóúöü]/i;
const LINK = /\b(?:https?:\/\/|www\.)\S+/g;
/** Word endings only one of the languages writes, checked on folded keys so "exploracion" counts like "exploración". */
const ENDINGS: ReadonlyArray<[string, Lang]> = [
  ['cion', 'es'],
  ['ciones', 'es'],
  ['zione', 'it'],
  ['zioni', 'it'],
  // Turkish present tense: "bekliyor", "arıyorum", "ilgilenmiyor".
  ['iyor', 'tr'],
  ['uyor', 'tr'],
  ['iyorum', 'tr'],
  ['uyorum', 'tr'],
];

let stopwordLangs: Map<string, Lang[]> | undefined;
/**
 * The languages of each stop word, and of each title and role of three letters or more: a short record or
 * greeting often has nothing else to tell its language by ("Madame Danoy H", "Sayın Yılmaz", "Dott.ssa Ricci").
 */
function languagesOfStopwords(): Map<string, Lang[]> {
  if (stopwordLangs) return stopwordLangs;
  stopwordLangs = new Map();
  for (const lang of LANGS) {
    const { titles } = LEXICON_DATA[lang];
    const titleWords = [...titles.before, ...titles.after, ...titles.staff].filter((w) => w.length >= 3 && !/[\s.]/.test(w));
    for (const word of [...LEXICON_DATA[lang].stopwords, ...titleWords]) {
      const key = foldKey(word);
      const langs = stopwordLangs.get(key) ?? [];
      if (!langs.includes(lang)) langs.push(lang);
      stopwordLangs.set(key, langs);
    }
  }
  return stopwordLangs;
}

/** What one word tells of the language, the same in every text: worked out once and kept in the word. */
export interface LanguageCues {
  /** The languages that have it as a stop word or a title, each scored `stopwordWeight`. */
  stopwordLangs: readonly Lang[] | undefined;
  stopwordWeight: number;
  /** The languages of the accents it writes (WORD_ACCENTS), with their weight; counted when the text has such accents. */
  accents: ReadonlyArray<[Lang, number]>;
  /** The languages of the endings it ends with (ENDINGS). */
  endings: readonly Lang[];
}
const NO_CUES: LanguageCues = { stopwordLangs: undefined, stopwordWeight: 0, accents: [], endings: [] };

function cuesOf(word: Word): LanguageCues {
  if (word.languageCues) return word.languageCues;
  const { key, text } = word;
  const langs = languagesOfStopwords().get(key);
  // A word shared by several languages says less than one only a single language uses; a lone
  // letter ("d", "s", "e", "o") is as often an elision, an initial or part of a URL as a word.
  const stopwordWeight = langs ? (key.length === 1 ? 0.25 : 1) / langs.length : 0;
  const accents = key !== text ? WORD_ACCENTS.filter(([letters]) => letters.test(text)).map(([, lang]): [Lang, number] => [lang, word.cap ? 0.5 : 1]) : [];
  const endings = key.length > 5 ? ENDINGS.filter(([ending]) => key.endsWith(ending)).map(([, lang]) => lang) : [];
  const cues = langs || accents.length || endings.length ? { stopwordLangs: langs, stopwordWeight, accents, endings } : NO_CUES;
  return (word.languageCues = cues);
}

// Another language wins over the preferred one only by at least one stop word's worth of evidence.
const CLEAR_LEAD = 1;

/**
 * `preferred`: the language to keep unless another one clearly leads, as for a short message read beside the reply
 * to it ("Me hicieron la prueba" shares "me" and "la" with French).
 */
export function detectLanguage(tokens: readonly Token[], text: string, fallback: Lang = 'en', preferred?: Lang): Lang {
  const score: Record<Lang, number> = { en: 0, fr: 0, es: 0, it: 0, tr: 0 };
  const n = Math.min(tokens.length, SAMPLE_TOKENS);
  const sample = text.slice(0, Math.min(SAMPLE_CHARS, tokens[n - 1]?.end ?? 0));
  // Words inside links ("bbc.in/1bTE9Au", "khne.ws/…") are not the post's language.
  const links = LINK_HINT.test(sample) ? [...sample.matchAll(LINK)].map((m) => [m.index, m.index + m[0].length]) : [];
  const accented = ANY_WORD_ACCENT.test(sample);
  let link = 0;
  for (let i = 0; i < n; i++) {
    while (link < links.length && links[link]![1]! <= tokens[i]!.start) link++;
    if (link < links.length && links[link]![0]! <= tokens[i]!.start) continue;
    const key = tokens[i]!.key;
    // English clitics follow the apostrophe ("Britain's", "won't"); French elisions precede it ("l'hôpital").
    if (tokens[i]!.sep === SEP.APOSTROPHE && ENGLISH_CLITICS.has(key)) {
      score.en += 1;
      continue;
    }
    const cues = cuesOf(tokens[i]!.word);
    if (cues === NO_CUES) continue;
    // Indexed loops: this runs for most words of every check, and iterating with for…of allocated here.
    const langs = cues.stopwordLangs;
    if (langs) for (let k = 0; k < langs.length; k++) score[langs[k]!] += cues.stopwordWeight;
    if (accented) for (let k = 0; k < cues.accents.length; k++) score[cues.accents[k]![0]] += cues.accents[k]![1];
    for (let k = 0; k < cues.endings.length; k++) score[cues.endings[k]!] += 1;
  }
  for (const [letters, lang, weight] of LETTER_HINTS) {
    const found = sample.match(letters);
    if (found) score[lang] += Math.min(found.length, 10) * weight;
  }
  let best: Lang = fallback;
  for (const lang of LANGS) if (score[lang] > score[best]) best = lang;
  if (preferred && score[best] - score[preferred] < CLEAR_LEAD) return preferred;
  // A lone letter or shared word ("r/o MI", "o") is too little to leave the jurisdiction's language for.
  return score[best] < MIN_EVIDENCE ? fallback : best;
}
