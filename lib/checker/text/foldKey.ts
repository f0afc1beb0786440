/**
 * The key a word is looked up by: lower case, accents removed, Turkish dotless ı folded to i.
 * Posts are typed fast and often without accents ("medico", "ameliyat olmus"), so lexicons and
 * name lists are keyed the same way and "Médico", "MEDICO" and "medico" meet.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;
const MARKS = /\p{M}+/gu;

export function foldKey(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let key = word.toLowerCase();
  // Plain ASCII needs nothing more; everything else is decomposed so accents can be dropped.
  if (!/^[\x00-\x7f]*$/.test(key)) key = key.normalize('NFD').replace(MARKS, '').replace(/ı/g, 'i');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, key);
  return key;
}
