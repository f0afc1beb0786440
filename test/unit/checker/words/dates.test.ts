import { describe, expect, it } from 'vitest';
import { detectDates } from '../../../../lib/checker/detectors/dates';
import { detect, found } from './detect';

describe('dates tied to a person', () => {
  it.each([
    ['en', 'Date of birth: 03/14/1952', '03/14/1952'],
    ['en', 'She was admitted on March 3, 2024 with chest pain', 'March 3, 2024'],
    ['fr', 'Née le 12 mars 1948, hospitalisée depuis', '12 mars 1948'],
    ['fr', 'Entrée aux urgences le 15/06/2022', '15/06/2022'],
    ['es', 'Fecha de ingreso: 12/12/2016.', '12/12/2016'],
    ['es', 'Fue intervenido el 5 de mayo de 2021', '5 de mayo de 2021'],
    ['it', 'Ricoverato il 12 marzo 2023 per polmonite', '12 marzo 2023'],
    ['it', 'data di nascita 01.02.1950', '01.02.1950'],
    ['tr', 'Doğum tarihi: 23.04.1961', '23.04.1961'],
    ['tr', '2 Mart 2020 tarihinde taburcu edildi', '2 Mart 2020'],
  ] as const)('%s: %s', (lang, text, date) => {
    expect(found(detectDates, text, lang)).toContain(date);
  });

  it('cues make a strong date; care events a date of care', () => {
    expect(detect(detectDates, 'DOB 1/2/1950', 'en')).toEqual([['1/2/1950', 'date.person']]);
    expect(detect(detectDates, 'In 2012 she was diagnosed with lupus', 'en', { yearAloneAllowed: false })).toEqual([['2012', 'date.care']]);
  });

  it.each([
    ['en', 'sorry your surgery on the 12th hurt', '12th'],
    ['fr', 'votre opération le 1er, puis la biopsie', '1er'],
    ['es', 'tu cirugía fue el día 3', '3'],
    ['it', 'il tuo intervento il 12.', '12'],
    ['tr', 'ameliyatınız ayın 12\'sinde', "12'sinde"],
  ] as const)('%s: a day of the month alone, with the person in view: %s', (lang, text, day) => {
    expect(detect(detectDates, text, lang, { isReply: true })).toContainEqual([day, expect.stringMatching(/^date\./)]);
  });

  it('a day alone with no one in view, or a quantity after an article, is no date', () => {
    expect(found(detectDates, 'free knee surgery consultations on the 12th', 'en')).toEqual([]);
    expect(found(detectDates, 'après la chirurgie le 12 mg de morphine', 'fr', { isReply: true })).toEqual([]);
    // An ordinal that counts something else: a floor, a dose, a birthday.
    expect(found(detectDates, 'after her stroke, the 4th floor nurses say hi', 'en', { isReply: true })).toEqual([]);
    expect(found(detectDates, 'your 2nd dose of the vaccine', 'en', { isReply: true })).toEqual([]);
    expect(found(detectDates, 'votre opération au 3e étage', 'fr', { isReply: true })).toEqual([]);
  });

  it('a bare full date is shown for information, a bare day/month or year not at all', () => {
    expect(detect(detectDates, 'The office reopens on 02/09/2024', 'en')).toEqual([['02/09/2024', 'date.bare']]);
    expect(found(detectDates, 'We open at 9 on 12/03 and since 2019', 'en')).toEqual([]);
  });

  it('dates in news are not tied to a person', () => {
    expect(detect(detectDates, 'The study published on 12/03/2021 shows more patients were admitted', 'en')).toEqual([['12/03/2021', 'date.bare']]);
  });

  it('in a self-report only an explicit cue ties a date', () => {
    expect(detect(detectDates, '27 haziran günü ateşim çıktı, hastaneye gittim, taburcu oldum', 'tr', { selfReport: true })).toEqual([]);
  });

  it('ranges, decimals and phone numbers are not dates', () => {
    expect(found(detectDates, 'admitted 2-3 times, took 1.5 tablets, call 01.42.21.32.74', 'en', { clinical: true })).toEqual([]);
  });

  it('a form\'s piped boxes are a date, a table\'s spaced cells are not', () => {
    expect(found(detectDates, 'Date de naissance 21|05|1956', 'fr')).toEqual(['21|05|1956']);
    expect(found(detectDates, 'Score | 12 | 03 | 2020 |', 'fr')).toEqual([]);
  });

  it('a spaced dash between items does not chain a date to the number before or after it', () => {
    expect(found(detectDates, 'Phase 1 - 09/03/2014, Phase 2 - 11/07/2014', 'fr')).toEqual(['09/03/2014', '11/07/2014']);
    expect(found(detectDates, 'Imprimé le 01/01/2011 - 02:03', 'fr')).toEqual(['01/01/2011']);
  });

  it('a day and month among full dates of the same list are dates too', () => {
    expect(found(detectDates, 'C1 3/4/19 C2 1/7/19 C3 2/8 C4 13 / 03', 'fr')).toEqual(['3/4/19', '1/7/19', '2/8', '13 / 03']);
  });

  it('HIPAA keeps a year on its own; other presets do not', () => {
    const text = 'Appendectomy in 1978, admitted again in 1996';
    expect(found(detectDates, text, 'en', { clinical: true, yearAloneAllowed: true })).toEqual([]);
    expect(found(detectDates, text, 'en', { clinical: true, yearAloneAllowed: false })).toEqual(['1978', '1996']);
  });
});

describe('dates written in words', () => {
  it.each([
    ['fr', 'imprimé le vingt quatre aout deux mille dix-sept à 15:03', 'vingt quatre aout deux mille dix-sept'],
    ['fr', 'opéré le vingt et un mars 2020', 'vingt et un mars 2020'],
    ['en', 'admitted on the twenty-fourth of August two thousand and seventeen', 'twenty-fourth of August two thousand and seventeen'],
    ['en', 'born on the fifth of May nineteen fifty', 'fifth of May nineteen fifty'],
    ['es', 'ingresó el veinticuatro de agosto de dos mil diecisiete', 'veinticuatro de agosto de dos mil diecisiete'],
    ['it', 'ricoverato il ventiquattro agosto duemiladiciassette', 'ventiquattro agosto duemiladiciassette'],
    ['tr', 'yirmi dört ağustos iki bin on yedi tarihinde ameliyat oldu', 'yirmi dört ağustos iki bin on yedi'],
  ] as const)('%s: %s', (lang, text, date) => {
    expect(found(detectDates, text, lang)).toContain(date);
  });

  it.each([
    // Without a year a number word before a month is too often no date; an article is no day.
    ['en', 'one may need surgery after the fall'],
    ['en', 'the second may be harder, said the surgeon'],
    ['fr', 'les deux mars de la chirurgie ambulatoire'],
    ['es', 'una mayo de cirugía'],
    ['it', 'ventiquattro agosto, ricoverato'],
  ] as const)('%s, no date: %s', (lang, text) => {
    expect(found(detectDates, text, lang)).toEqual([]);
  });
});
