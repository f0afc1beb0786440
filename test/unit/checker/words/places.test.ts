import { describe, expect, it } from 'vitest';
import { detectAddresses } from '../../../../lib/checker/detectors/addresses';
import { detectRooms } from '../../../../lib/checker/detectors/rooms';
import { detect, found } from './detect';

describe('street addresses', () => {
  it.each([
    ['en', 'She lives at 221 Baker Street, London', '221 Baker Street'],
    ['en', 'Send it to 3482 Maple Avenue Apt 5', '3482 Maple Avenue Apt 5'],
    ['fr', 'Domicile : 18 rue de la Paix, 75002 Paris', '18 rue de la Paix'],
    ['fr', 'au 12 bis avenue Victor Hugo', '12 bis avenue Victor Hugo'],
    ['fr', 'Elodie habite sept allée des roses', 'sept allée des roses'],
    ['fr', 'situé au 187 Rue de l’église', '187 Rue de l’église'],
    ['es', 'Domicilio: Calle Miguel Benítez 90.', 'Calle Miguel Benítez 90'],
    ['es', 'vive en C/ Leñeros, 44, 1º', 'C/ Leñeros, 44'],
    // "nº" before the house number ends the street's name
    ['es', 'Remitido por: Dr. Francisco Muñoz C/ La Moratina nº 11 - 33820 Grado', 'C/ La Moratina nº 11'],
    ['es', 'Hospital General Avd. Tres Cruces Número 2. CP: 46010', 'Avd. Tres Cruces Número 2'],
    ['it', 'Residente in Via Garibaldi 15, Torino', 'Via Garibaldi 15'],
    ['it', 'abita in Piazza del Duomo 3', 'Piazza del Duomo 3'],
    ['tr', 'Adres: Atatürk Caddesi No: 25 Kadıköy', 'Atatürk Caddesi No: 25'],
    ['tr', 'Çiçek Mahallesi Gül Sokak üzerinde', 'Çiçek Mahallesi Gül Sokak'],
    ['fr', 'commandé chez Medtek GmbH, Lindenstraße 42, 80331 München', 'Lindenstraße 42'],
    ['es', 'proveedor en Ámsterdam, Kerkstraat 7, 1017 GC', 'Kerkstraat 7'],
    ['fr', 'le cabinet de la rue Lepic, Paris\nMerci', 'rue Lepic'],
    // a street written without its type, known by the postal code and town after its number
    ['es', 'Servicio de Cardiología. Hospital del Sur. Los Olmos, 12. 28045 Madrid', 'Los Olmos, 12'],
    ['es', 'Unidad de Diálisis Hospital Comarcal Camino Viejo s/n E-30500 Molina', 'Camino Viejo s/n'],
    ['it', 'Ambulatorio Santa Rita, Garibaldi 4 - 10121 Torino', 'Garibaldi 4'],
  ] as const)('%s: %s', (lang, text, address) => {
    expect(found(detectAddresses, text, lang).join(' | ')).toContain(address);
  });

  it('a street name without a house number is not an address', () => {
    expect(found(detectAddresses, 'Traffic on Baker Street is slow', 'en')).toEqual([]);
    expect(found(detectAddresses, 'La rue de la Paix est fermée', 'fr')).toEqual([]);
  });

  it('a street type without its town, or before a word that is not a town, is not an address', () => {
    expect(found(detectAddresses, 'la rue Lepic, Montmartre et la Seine sont belles', 'fr')).toEqual([]);
    expect(found(detectAddresses, 'Nous avons marché dans la rue Lepic hier', 'fr')).toEqual([]);
  });

  it('a number and a five-digit figure after capitalised words need the town to be an address', () => {
    expect(found(detectAddresses, 'Dosis Total 12 25000 unidades', 'es')).toEqual([]);
  });

  it('measures, temperatures and protein variants are not abbreviated streets', () => {
    expect(found(detectAddresses, 'una masa de 5 cm de diámetro máximo', 'es')).toEqual([]);
    expect(found(detectAddresses, 'fiebre de 38 ºC. Se realizó una analítica', 'es')).toEqual([]);
    expect(found(detectAddresses, 'temperatura de 37º C. En la exploración', 'es')).toEqual([]);
    expect(found(detectAddresses, 'la mutación p.R50X en heterocigosis', 'es')).toEqual([]);
    expect(found(detectAddresses, 'la punción lumbar (PL) mostró 26 leucocitos', 'es')).toEqual([]);
  });

  it('a number after an English street type is not a house number ("Drive 12")', () => {
    expect(found(detectAddresses, 'Costly Treatments Help Drive 12 Percent Rise', 'en')).toEqual([]);
  });

  it('a letter glued to the house number belongs to it, and is no street name ("5K Run")', () => {
    expect(found(detectAddresses, 'She lives at 12B Baker Street with her son', 'en')).toEqual(['12B Baker Street']);
    expect(found(detectAddresses, 'Join our 5K Run to support cancer research', 'en')).toEqual([]);
  });
});

describe('rooms, beds and wards', () => {
  it.each([
    ['en', 'the lady in bed 4 is asking for you', 'bed 4', 'location.bed'],
    ['en', 'moved to room 12B', 'room 12B', 'location.room'],
    ['fr', 'patiente du lit n° 3', 'lit n° 3', 'location.bed'],
    ['es', 'en la cama 7 de la planta', 'cama 7', 'location.bed'],
    ['it', 'il signore del letto 5', 'letto 5', 'location.bed'],
    ['tr', '4 numaralı yatakta yatıyor', '4 numaralı yatakta', 'location.bed'],
    ['tr', 'oda 305 boşaldı', 'oda 305', 'location.room'],
  ] as const)('%s: %s', (lang, text, room, rule) => {
    expect(detect(detectRooms, text, lang)).toContainEqual([room, rule]);
  });

  it('a room with a person in it is theirs, like a bed', () => {
    expect(detect(detectRooms, 'the guy in room 12 is back', 'en')).toEqual([['room 12', 'location.bed']]);
    expect(detect(detectRooms, 'il signore della stanza 5 chiede acqua', 'it')).toEqual([['stanza 5', 'location.bed']]);
    expect(detect(detectRooms, 'the family meeting in room 12', 'en')).toEqual([['room 12', 'location.room']]);
  });

  it.each([
    ['en', 'The lady in 12 keeps pressing her call bell', '12'],
    ['fr', 'La dame de la 12 nous a encore fait rire', '12'],
    ['es', 'La señora de la 304 no para de llamar al timbre', '304'],
    ['it', 'Il signore del 5 oggi ci ha fatto ridere', '5'],
  ] as const)('%s: a person picked out by a bare number is in that room: %s', (lang, text, room) => {
    expect(detect(detectRooms, text, lang)).toEqual([[room, 'location.bed']]);
  });

  it.each([
    ['en', 'One woman in 8 will develop breast cancer'],
    ['en', 'The man in 1984 was someone else'],
    ['en', 'the baby in 20 minutes'],
    ['fr', 'la femme de la 2e génération'],
  ] as const)('%s: a rate, a year or a time is no room: %s', (lang, text) => {
    expect(found(detectRooms, text, lang)).toEqual([]);
  });

  it('a room word with no number is nothing', () => {
    expect(found(detectRooms, 'There is room for everyone', 'en')).toEqual([]);
  });
});
