import { foldForMatching } from '../labelWords';

/**
 * The key a word is looked up by: lower case, accents removed, Turkish dotless ı folded to i.
 * Posts are typed fast and often without accents ("medico", "ameliyat olmus"), so lexicons and
 * name lists are keyed the same way and "Médico", "MEDICO" and "medico" meet. Words repeat, so keys
 * are cached.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function foldKey(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const key = isAscii(word) ? word.toLowerCase() : foldForMatching(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, key);
  return key;
}
