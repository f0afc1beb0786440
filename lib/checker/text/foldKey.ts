import { foldForMatching } from '../labelWords';

/**
 * The key a word is looked up by: lower case, accents removed, Turkish dotless ı folded to i.
 * Posts are typed fast and often without accents ("medico", "ameliyat olmus"), so lexicons and
 * name lists are keyed the same way and "Médico", "MEDICO" and "medico" meet. Tokens get their key
 * from the word cache (words.ts), which computes it once per distinct word.
 */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function foldKey(word: string): string {
  return isAscii(word) ? word.toLowerCase() : foldForMatching(word);
}
