import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../lib/checker/types';
import { findIdentifiers } from '../findIdentifiers';

const phones = (text: string, lang: Lang = 'en') => findIdentifiers(text, { lang }).filter((f) => f.category === 'PHONE');

describe('phone and fax numbers', () => {
  it.each<[string, Lang, string]>([
    ['North American', 'en', 'Call us at (212) 555-0123 today'],
    ['North American, dashed with 1', 'en', 'toll free 1-800-555-0199'],
    ['North American, dotted', 'en', 'my cell 415.555.0132'],
    ['UK mobile', 'en', 'ring me on 07700 900123'],
    ['UK landline', 'en', 'office 020 7946 0958'],
    ['UK international', 'en', 'from abroad +44 (0)20 7946 0958'],
    ['French', 'fr', 'Appelez le 06 12 34 56 78'],
    ['French, dotted', 'fr', 'Tél. 01.42.37.47.71'],
    ['French, international', 'fr', 'au +33 1 42 37 47 71'],
    ['Spanish', 'es', 'Teléfono: 912 345 678'],
    ['Spanish mobile', 'es', 'móvil 612 34 56 78'],
    ['Italian', 'it', 'tel. 06 1234 5678'],
    ['Italian mobile', 'it', 'cellulare 333 123 4567'],
    ['Turkish', 'tr', 'Cep: 0532 123 45 67'],
    ['Turkish, area code in brackets', 'tr', 'Telefon (0212) 123 45 67'],
    ['E.164', 'en', 'WhatsApp +4915123456789'],
    ['with an extension', 'en', 'desk (602) 272-9781 ext 135'],
  ])('finds a %s number', (_, lang, text) => {
    expect(phones(text, lang)).toHaveLength(1);
    expect(phones(text, lang)[0]!.strength).toBe('strong');
  });

  it.each<[string, Lang, string]>([
    ['after an info label', 'en', 'Questions? (212) 555-0123'],
    ['after "register at"', 'en', 'Register at (212) 555-0123'],
    ['toll-free, unlabelled', 'en', 'Quit for good: 1-800-784-8669'],
    ['French booking line', 'fr', 'Prise de rendez-vous au 03 20 44 55 66'],
    ['Spanish free number', 'es', 'Llame gratis: 900 123 456'],
    ['Italian numero verde', 'it', 'Numero verde 800 123 456'],
    ['Turkish booking line', 'tr', 'Randevu: 0212 444 12 34'],
    ['after "book at"', 'en', 'Welcome Dr. Sarah Kim! Book at 555-201-0000.'],
    ['of a team of ours', 'en', 'Please call our patient relations team at 555-201-9000.'],
    ['of a French secretariat', 'fr', 'Contactez notre secrétariat au 03 20 44 55 66'],
    ['of Spanish patient services', 'es', 'Llame a atención al paciente: 912 345 678'],
    ['of an Italian front office', 'it', 'Per informazioni, segreteria: 02 1234 5678'],
    ['of Turkish patient rights', 'tr', 'Hasta hakları: 0212 555 12 34'],
    ['of an office manager', 'en', 'We would like to learn more, please call our office manager at 555-201-2000.'],
    ['of a French front desk', 'fr', "Appelez l'accueil au 03 20 44 55 66"],
    ['of a Spanish clinic', 'es', 'Llama a nuestra clínica al 912 345 678'],
    ['of an Italian practice', 'it', 'Chiami il nostro studio al 02 1234 5678'],
    ['of a Turkish hospital', 'tr', 'Bilgi için hastanemiz: 0212 555 12 34'],
    ['told by what it is for, after it', 'en', 'Call (555) 010-2000 to book your flu shot.'],
    ['told by what it is for, after it, in French', 'fr', 'Appelez le 01 42 34 56 78 pour prendre rendez-vous.'],
    ['told by what it is for, after it, in Spanish', 'es', 'Llama al 912 345 678 para pedir cita.'],
    ['told by what it is for, after it, in Italian', 'it', 'Chiama lo 02 1234 5678 per prenotare la visita.'],
    ['in a sentence that only asks to call it', 'en', 'Now accepting new patients at our clinic. Call 555-010-4400.'],
    ['with the organisation’s own desk named in its sentence', 'en', 'Our billing office can help with payment plans: 555-010-3300, Mon–Fri 8–5.'],
    ['in a French sentence that only asks to call it', 'fr', 'Nous acceptons de nouveaux patients. Appelez le 01 45 67 89 00.'],
  ])('reads a service’s line %s as the organisation’s', (_, lang, text) => {
    expect(phones(text, lang).map((f) => f.ruleId)).toEqual(['phone.service']);
  });

  it('a person’s number is no service line', () => {
    expect(phones('Call Maria at 555-123-4567 about her flu shot').map((f) => f.ruleId)).toEqual(['phone']);
    // The purpose belongs to the next sentence, not to the number.
    expect(phones('Call me at 555-123-4567. To book a visit, use the portal').map((f) => f.ruleId)).toEqual(['phone']);
    expect(phones('Appelez-moi au 06 12 34 56 78', 'fr').map((f) => f.ruleId)).toEqual(['phone']);
  });

  it('keeps the whole number, prefix included', () => {
    expect(phones('Fax: +34 93 567 22 28.', 'es').map((f) => f.text)).toEqual(['+34 93 567 22 28']);
  });

  it('splits two numbers joined by " - "', () => {
    expect(phones('Tél 01 42 37 47 71 - 06 12 34 56 78', 'fr').map((f) => f.text)).toEqual(['01 42 37 47 71', '06 12 34 56 78']);
  });

  it('reads a label glued to the number\'s "+" or "(" as a label', () => {
    expect(phones('Accueil+33 1 42 37 47 71', 'fr').map((f) => f.text)).toEqual(['+33 1 42 37 47 71']);
    expect(phones('Standard(33) 6 12 34 56 78', 'fr').map((f) => f.text)).toEqual(['(33) 6 12 34 56 78']);
  });

  it('a number glued to a word or code without "+" or "(" is not a phone', () => {
    expect(phones('lot AB0612345678 expiré', 'fr')).toEqual([]);
  });

  it.each<[string, Lang, string]>([
    ['a year range', 'en', 'From 2013-2014 the rate fell'],
    ['a date', 'fr', 'le 12.03.2020 à 14h'],
    ['a date and a time', 'tr', 'edit: 15.11.20 22.00'],
    ['a price', 'en', 'it costs $1,250,000 a year'],
    ['thousands', 'fr', '1 200 000 personnes'],
    ['thousands with dots', 'es', '1.200.000 personas'],
    ['a time range', 'en', 'live chat 12.30-2.30 today'],
    ['a count', 'en', 'over 3069 cases and 119 deaths'],
  ])('does not take %s for a phone', (_, lang, text) => {
    expect(phones(text, lang)).toEqual([]);
  });
});
