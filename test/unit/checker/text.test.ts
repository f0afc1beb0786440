import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/checker/language/detectLanguage';
import { PhraseMatcher } from '../../../lib/checker/lexicon/phraseMatcher';
import { foldKey } from '../../../lib/checker/text/foldKey';
import { SEP, tokenize } from '../../../lib/checker/text/tokenize';
import type { Lang } from '../../../lib/checker/types';

describe('tokenize', () => {
  it('gives UTF-16 offsets, words and numbers apart, and what separates them', () => {
    const text = '😀 Dr. Ávila, 42';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.text, text.slice(t.start, t.end), t.isNumber])).toEqual([
      ['Dr', 'Dr', false],
      ['Ávila', 'Ávila', false],
      ['42', '42', true],
    ]);
    expect(tokens[1]!.sep).toBe(SEP.PERIOD | SEP.SPACE);
    expect(tokens[2]!.sep).toBe(SEP.COMMA | SEP.SPACE);
    expect(tokens[1]!.cap && !tokens[1]!.upper).toBe(true);
  });

  it('splits the ordinal signs º and ª off ("Nº12", "1ª planta")', () => {
    expect(tokenize('Nº12 1ª planta').map((t) => t.text)).toEqual(['N', '12', '1', 'planta']);
  });
});

describe('foldKey', () => {
  it('folds case, accents and the Turkish dotless ı so accent-less typing meets the lexicons', () => {
    expect(['Médico', 'MEDICO', 'medico'].map(foldKey)).toEqual(['medico', 'medico', 'medico']);
    expect(foldKey('ILIK')).toBe('ilik');
    expect(foldKey('ılık')).toBe('ilik');
    expect(foldKey('İstanbul')).toBe('istanbul');
  });
});

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher();
  matcher.add('heart attack', 1);
  matcher.add('lic', 2);
  matcher.add('ameliyat*', 4);
  matcher.add('l&d', 8);
  const hits = (text: string) => {
    const tokens = tokenize(text);
    return matcher.match(tokens).map((h) => [text.slice(tokens[h.first]!.start, tokens[h.end - 1]!.end), h.tags]);
  };

  it('matches whole words and phrases over spaces and hyphens, not across sentences', () => {
    expect(hits('a heart-attack, a Heart  Attack')).toEqual([
      ['heart-attack', 1],
      ['Heart  Attack', 1],
    ]);
    expect(hits('my heart. Attack')).toEqual([]);
  });

  it('an ampersand joins the letters of an abbreviation, not words', () => {
    expect(hits('the L&D team, the L & D ward')).toEqual([
      ['L&D', 8],
      ['L & D', 8],
    ]);
    expect(hits('Lo&Dee, L&Dx')).toEqual([]);
  });

  it('never matches inside a word ("lic" in "public")', () => {
    expect(hits('public licence lic')).toEqual([['lic', 2]]);
  });

  it('a stem matches the word with a few suffix letters (Turkish endings)', () => {
    expect(hits('ameliyatınız ameliyat ameliyathanedeydiniz amel')).toEqual([
      ['ameliyatınız', 4],
      ['ameliyat', 4],
    ]);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['The patient was seen in the clinic this morning and is doing well', 'en'],
    ['La patiente est arrivée aux urgences avec une douleur thoracique', 'fr'],
    ['El paciente acudió a urgencias por dolor en el pecho', 'es'],
    ['Il paziente è stato ricoverato in ospedale per una polmonite', 'it'],
    ['Hasta dün hastaneye yatırıldı ve bugün taburcu edildi', 'tr'],
    ['bugun cok yorgunum ve bas agrim var', 'tr'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(tokenize(text), text)).toBe(lang);
  });

  it.each([
    // Only words shared by French and Spanish: the accents and "-ción" decide.
    ['Siento que tu operación de rodilla te doliera', 'es'],
    ['En la exploracion de la rodilla se valora una lesion', 'es'],
    ['La valutazione della lesione è in corso', 'it'],
    // "'s" and "n't" are English; a link's letters ("bbc.in/1bTE9Au") are no one's words.
    ["Britain's hospital scandal won't end soon http://bbc.in/1bTE9Au", 'en'],
    ['Thanks José, María and Jürgen for the kind words about our team', 'en'],
    // A title or role is all a short greeting or record may have.
    ['Madame Danoy H', 'fr'],
    ['Monsieur Leday Pierrette', 'fr'],
    ['Dottoressa Bianchi', 'it'],
    ['Señora Pérez', 'es'],
    // Turkish without its own letters: the present tense ending.
    ['Annem 5 saattir acilde bekliyor, kimse ilgilenmiyor', 'tr'],
  ] as const)('decides on short posts without telling stop words: %s → %s', (text, lang) => {
    expect(detectLanguage(tokenize(text), text)).toBe(lang);
  });

  it('falls back to the given language when nothing decides', () => {
    const text = 'Dr Okafor 555-0100';
    expect(detectLanguage(tokenize(text), text, 'tr' as Lang)).toBe('tr');
    // A lone letter another language has as a word ("o" of "r/o") is too little to leave it.
    const note = 'MRN: 00482913 — chest pain, r/o MI';
    expect(detectLanguage(tokenize(note), note, 'en')).toBe('en');
    expect(detectLanguage(tokenize('dolor en el pecho'), 'dolor en el pecho', 'en')).toBe('es');
  });
});
