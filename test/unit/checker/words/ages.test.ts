import { describe, expect, it } from 'vitest';
import { detectAges } from '../../../../lib/checker/detectors/ages';
import { detect, found } from './detect';

describe('ages', () => {
  it.each([
    ['en', 'Happy birthday to our resident, 94 years old today', '94 years old'],
    ['fr', 'centenaire depuis hier', 'centenaire'],
    ['es', 'cumplió 92 años', '92 años'],
    ['it', 'una signora di 97 anni', '97 anni'],
    ['tr', '91 yaşındaki hastamız', '91 yaşındaki'],
    ['en', 'Happy 95th birthday to Dorothy!', '95th birthday'],
    ['fr', 'Joyeux 92e anniversaire à Paulette', '92e anniversaire'],
    ['es', 'Feliz 90 cumpleaños, Don Ernesto', '90 cumpleaños'],
    ['it', 'il suo 96° compleanno', '96° compleanno'],
    ['tr', 'Hastamız bugün 93 yaşına girdi', '93 yaşına girdi'],
  ] as const)('%s: over 89 always counts: %s', (lang, text, age) => {
    expect(detect(detectAges, text, lang)).toContainEqual([age, 'age.over89']);
  });

  it.each([
    ['en', 'a 45-year-old woman with chest pain', '45-year-old'],
    ['es', 'Varón de 37 años con fiebre', '37 años'],
    ['fr', 'Femme de 63 ans, diabétique', '63 ans'],
    ['it', 'Donna di 70 anni con polmonite', '70 anni'],
    ['tr', '45 yaşında kadın hasta, ateş', '45 yaşında'],
  ] as const)('%s: a described patient\'s age: %s', (lang, text, age) => {
    expect(detect(detectAges, text, lang)).toContainEqual([age, 'age.person']);
  });

  it('an age field of a record counts whatever surrounds it', () => {
    expect(detect(detectAges, 'Edad: 66 años', 'es')).toEqual([['66 años', 'age.field']]);
  });

  it('younger ages need a clinical context; the writer\'s own age and age groups never count', () => {
    expect(found(detectAges, 'The building is 30 years old', 'en')).toEqual([]);
    expect(found(detectAges, "I'm 30 years old and have a fever", 'en')).toEqual([]);
    expect(found(detectAges, 'tengo 30 años y fiebre', 'es')).toEqual([]);
    expect(found(detectAges, '30 yaşındayım, ateşim var', 'tr')).toEqual([]);
    expect(found(detectAges, 'Adults over 65 years should get the flu vaccine', 'en')).toEqual([]);
    expect(found(detectAges, 'screening for women aged 50 to 74', 'en')).toEqual([]);
    expect(found(detectAges, 'personas mayores de 65 años con diabetes', 'es')).toEqual([]);
    expect(found(detectAges, 'Grip aşısı 65 yaş üstü için ücretsiz', 'tr')).toEqual([]);
    expect(found(detectAges, '18 yaş altındaki çocuklarda aşı', 'tr')).toEqual([]);
    // How long, not how old.
    expect(found(detectAges, 'Happy retirement after 30 years in our emergency department', 'en')).toEqual([]);
    expect(found(detectAges, 'vive en España desde hace 6 años, fiebre', 'es')).toEqual([]);
    expect(found(detectAges, 'diabétique depuis 20 ans', 'fr')).toEqual([]);
    expect(found(detectAges, 'A los 24 años, después de vomitar durante las crisis de migraña', 'es')).toEqual(['24 años']);
    // A decimal after a cue word is a measure: "con 3,2 kg".
    expect(found(detectAges, 'nació ayer en nuestro paritorio con 3,2 kg', 'es')).toEqual([]);
    expect(found(detectAges, 'nació ayer en nuestro paritorio, con 3 años de espera', 'es')).not.toEqual([]);
  });

  it('jurisdictions without an age threshold report old ages only with context', () => {
    expect(found(detectAges, 'She is 95 years old today', 'en', { oldAge: 0 })).toEqual([]);
    expect(found(detectAges, 'She is 95 years old and has pneumonia', 'en', { oldAge: 0 })).toEqual(['95 years old']);
  });
});
