// Builds the person-name lists the checker uses from @faker-js/faker's locales (MIT):
//   lib/checker/lexicons/names/first.json, last.json — lookup keys of every Latin-script first and last name;
//   lib/checker/lexicons/names/places.json — countries, regions and cities in the five languages, which are
//   not people even when a list has them as names ("Sierra Leone", "Florida", "Madrid");
//   lib/checker/lexicons/<lang>/commonNames.json — the names that are also ordinary words in that language
//   ("rose", "mercedes", "ángeles", "deniz"), which count as names only with context (a title, "patient",
//   a surname next to them).
// A word is "ordinary" when the language's Hunspell dictionary (the dictionary-* packages) has it in lower case,
// as a stem or a stem plus one of its suffixes — proper nouns are listed capitalised there, so "john" is not
// ordinary — or it is one of the language's stop words. Run with `npx tsx scripts/build-name-lists.ts`; the
// output is committed.
import * as faker from '@faker-js/faker';
import en from 'dictionary-en';
import es from 'dictionary-es';
import fr from 'dictionary-fr';
import it from 'dictionary-it';
import tr from 'dictionary-tr';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LANGS, type Lang } from '../lib/checker/types';
import { foldKey } from '../lib/checker/text/foldKey';

const LEXICONS = 'lib/checker/lexicons';
const require = createRequire(import.meta.url);
const DICTIONARIES = { en, fr, es, it, tr };
// Particles of compound surnames ("De La Cruz", "van der Berg") are not names on their own.
const PARTICLES = new Set(['de', 'la', 'le', 'del', 'della', 'di', 'da', 'das', 'dos', 'do', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter', 'el', 'al', 'bin', 'ibn', 'mc', 'y', 'e', 'st']);
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}\p{M}'’ -]*$/u;

type Definitions = {
  person?: { first_name?: unknown; last_name?: unknown };
  location?: { country?: unknown; state?: unknown; city_name?: unknown };
};

/** Faker keeps names either as a list or grouped by sex ({ female: [], male: [], generic: [] }). */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).flatMap(names);
  return [];
}

function keysOf(name: string): string[] {
  if (!LATIN_NAME.test(name)) return [];
  return name
    .split(/[\s'’-]+/)
    .map(foldKey)
    .filter((k) => k.length >= 2 && !PARTICLES.has(k));
}

/**
 * Answers "is this lower-case word in the dictionary?" by undoing suffixes: for each suffix rule whose
 * ending the word has, the stem it came from must be listed with that rule's flag. (Building every form
 * instead, as spell checkers do, takes minutes for the Italian dictionary.)
 */
function dictionaryWords(dictionary: { aff: Uint8Array; dic: Uint8Array }): (word: string) => boolean {
  const aff = new TextDecoder().decode(dictionary.aff).split('\n');
  const mode = aff.find((l) => l.startsWith('FLAG '))?.split(/\s+/)[1] ?? 'char';
  const splitFlags = (flags: string): string[] =>
    mode === 'long' ? (flags.match(/../g) ?? []) : mode === 'num' ? flags.split(',') : [...flags];
  const rules: Array<{ flag: string; strip: string; add: string; condition: RegExp }> = [];
  for (const line of aff) {
    const f = line.trim().split(/\s+/);
    if (f[0] !== 'SFX' || f.length < 5) continue;
    const [, flag, strip, addWithFlags, condition] = f as [string, string, string, string, string];
    const add = addWithFlags.split('/')[0]!;
    rules.push({ flag, strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u') });
  }
  const stems = new Map<string, Set<string>>();
  for (const line of new TextDecoder().decode(dictionary.dic).split('\n').slice(1)) {
    const [word, flags = ''] = line.trim().split(/\s/)[0]!.split('/') as [string, string?];
    if (!word) continue;
    const set = stems.get(word) ?? new Set<string>();
    for (const flag of splitFlags(flags)) set.add(flag);
    stems.set(word, set);
  }
  // Stems without their accents too: the name key "nina" is the Spanish word "niña".
  const foldedStems = new Set([...stems.keys()].filter((w) => w === w.toLowerCase()).map(foldKey));
  return (word) => {
    if (stems.has(word) || foldedStems.has(word)) return true;
    return rules.some((r) => {
      if (!word.endsWith(r.add) || word.length <= r.add.length) return false;
      const stem = word.slice(0, word.length - r.add.length) + r.strip;
      return (stems.get(stem)?.has(r.flag) ?? false) && r.condition.test(stem);
    });
  };
}

const first = new Set<string>();
const last = new Set<string>();
const locales = Object.entries(faker).filter(([name]) => /^[a-z]{2}(_[A-Za-z_]+)?$/.test(name));
for (const [, locale] of locales) {
  const person = (locale as Definitions).person;
  if (!person) continue;
  for (const n of names(person.first_name)) for (const k of keysOf(n)) first.add(k);
  for (const n of names(person.last_name)) for (const k of keysOf(n)) last.add(k);
}

// cspell's people-names dictionary (MIT) lists names from many cultures without saying which are given names;
// they join the surnames, which count only capitalised and beside other cues.
const peopleNames = readFileSync('node_modules/@cspell/dict-people-names/dict/people-names.txt', 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));
// It also lists words the English dictionary has as its own proper nouns ("Monday", "Christmas", "Nobel"): not taken.
const englishStems = new Set(new TextDecoder().decode(en.dic).split('\n').map((line) => line.split('/')[0]!.trim()));
for (const n of peopleNames) if (!englishStems.has(n)) for (const k of keysOf(n)) if (!first.has(k)) last.add(k);

// gender-detection-from-name (MIT) lists given names per language (en, fr, es, it, tr among them), many that faker
// lacks ("Fernand", "Annick", "Atmane"), but also rare ones that are words or places elsewhere ("Life", "Britain",
// "Princeton"): only those that are no ordinary word in any of the five languages nor an English proper noun are taken.
const isWordIn = LANGS.map((lang) => dictionaryWords(DICTIONARIES[lang]));
for (const lang of LANGS) {
  const given = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
  for (const n of given.keys()) {
    if (englishStems.has(n[0]!.toUpperCase() + n.slice(1))) continue;
    for (const k of keysOf(n)) if (!isWordIn.some((isWord) => isWord(k))) first.add(k);
  }
}

const places = new Set<string>();
for (const lang of LANGS) {
  const location = (faker[lang] as Definitions).location;
  for (const place of [...names(location?.country), ...names(location?.state), ...names(location?.city_name)]) places.add(place);
}

const sorted = (set: Iterable<string>) => [...set].sort();
mkdirSync(`${LEXICONS}/names`, { recursive: true });
writeFileSync(`${LEXICONS}/names/first.json`, `${JSON.stringify(sorted(first))}\n`);
writeFileSync(`${LEXICONS}/names/last.json`, `${JSON.stringify(sorted(last))}\n`);
writeFileSync(`${LEXICONS}/names/places.json`, `${JSON.stringify(sorted(places))}\n`);

const all = new Set([...first, ...last]);
for (const lang of LANGS as readonly Lang[]) {
  const isWord = dictionaryWords(DICTIONARIES[lang]);
  const stopwords = new Set((JSON.parse(readFileSync(`${LEXICONS}/${lang}/stopwords.json`, 'utf8')) as string[]).map(foldKey));
  // Dictionaries spell words with their accents; our keys have none, so the accented spelling is
  // tried through the original names too.
  const accented = new Map<string, string[]>();
  for (const [, locale] of locales) {
    const person = (locale as Definitions).person;
    if (!person) continue;
    for (const n of [...names(person.first_name), ...names(person.last_name), ...peopleNames]) {
      for (const word of n.split(/[\s'’-]+/)) {
        const key = foldKey(word);
        if (!all.has(key)) continue;
        const forms = accented.get(key) ?? [];
        const lower = word.toLocaleLowerCase(lang);
        if (!forms.includes(lower)) forms.push(lower);
        accented.set(key, forms);
      }
    }
  }
  const common = sorted([...all].filter((key) => stopwords.has(key) || isWord(key) || (accented.get(key) ?? []).some(isWord)));
  writeFileSync(`${LEXICONS}/${lang}/commonNames.json`, `${JSON.stringify(common)}\n`);
  console.log(`${lang}: ${common.length} names are also ordinary words`);
}
console.log(`first names: ${first.size}, last names: ${last.size}, places: ${places.size}`);
