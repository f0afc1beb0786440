import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../lib/checker/types';
import { findIdentifiers, matchesOf } from '../findIdentifiers';

describe('numbers known by their label', () => {
  it.each<[string, Lang, string, string]>([
    ['id.mrn', 'en', 'MRN: 00482913 seen today', '00482913'],
    ['id.mrn', 'en', 'medical record number 4829137', '4829137'],
    ['id.mrn', 'fr', "l'IPP est 8065233491", '8065233491'],
    ['id.mrn', 'fr', 'N° de dossier : 2019-004512', '2019-004512'],
    ['id.mrn', 'es', 'NHC: 3684503.', '3684503'],
    ['id.mrn', 'es', 'Número de historia clínica 552310', '552310'],
    ['id.mrn', 'it', 'cartella clinica n. 2023/01844', '2023/01844'],
    ['id.mrn', 'tr', 'Protokol no: 20231184', '20231184'],
    ['id.mrn', 'tr', 'hasta numarası 554129', '554129'],
    ['id.account', 'en', 'account number 00123456789', '00123456789'],
    ['id.account', 'fr', 'numéro de compte 12345678901', '12345678901'],
    ['id.account', 'es', 'nº de cuenta 0049 1500 05', '0049 1500 05'],
    ['id.account', 'it', 'conto corrente 000012345678', '000012345678'],
    ['id.account', 'tr', 'hesap no 12345678', '12345678'],
    ['id.health-plan', 'en', 'Member ID: XZ4471902', 'XZ4471902'],
    ['id.health-plan', 'fr', 'carte vitale 1 85 05 78', '1 85 05 78'],
    ['id.health-plan', 'es', 'NASS: 28 63514095', '28 63514095'],
    ['id.health-plan', 'it', 'numero tessera 445566', '445566'],
    ['id.health-plan', 'tr', 'SGK no 4455667788', '4455667788'],
    ['id.licence', 'en', "driver's license number is F162823540116", 'F162823540116'],
    ['id.licence', 'fr', 'RPPS 10003456789', '10003456789'],
    ['id.licence', 'es', 'NºCol: 28 28 70973', '28 28 70973'],
    ['id.licence', 'it', 'patente n. U1A2345678', 'U1A2345678'],
    ['id.licence', 'tr', 'ehliyet no 123456', '123456'],
    ['id.device', 'en', 'pacemaker serial number 4KD29381', '4KD29381'],
    ['id.device', 'fr', 'n° de série 88231-77', '88231-77'],
    ['id.device', 'es', 'número de serie 77120', '77120'],
    ['id.device', 'it', 'matricola 009812', '009812'],
    ['id.device', 'tr', 'seri no 4471', '4471'],
    ['id.vehicle', 'en', 'plate 7ABC123', '7ABC123'],
    ['id.vehicle', 'fr', 'immatriculation AB-123-CD', 'AB-123-CD'],
    ['id.vehicle', 'es', 'matrícula 1234 BCD', '1234 BCD'],
    ['id.vehicle', 'it', 'targa AB 123 CD', 'AB 123 CD'],
    ['id.vehicle', 'tr', 'plaka 34 ABC 123', '34 ABC 123'],
    ['id.parcel', 'fr', 'la parcelle n° 1204/5 du cadastre', '1204/5'],
    ['id.reference', 'es', 'finca n.º 3345', '3345'],
    ['id.parcel', 'it', 'foglio 12 particella 3456', '3456'],
    ['id.reference', 'tr', 'ada 1234', '1234'],
  ])('%s (%s): %s', (ruleId, lang, text, expected) => {
    expect(matchesOf(ruleId, text, { lang })).toEqual([expected]);
  });

  it('is strong with its label and weak for a bare "n°"', () => {
    expect(findIdentifiers('MRN 4829137')[0]!.strength).toBe('strong');
    expect(findIdentifiers('requête n° 18949/91', { lang: 'fr' })).toContainEqual({
      text: '18949/91',
      ruleId: 'id.reference',
      category: 'ID',
      strength: 'weak',
    });
  });

  it('gives each number of a list the label in front of the list', () => {
    expect(matchesOf('id.reference', 'requêtes nos 28309/06 et 48102/06', { lang: 'fr' })).toEqual(['28309/06', '48102/06']);
    expect(matchesOf('id.mrn', 'MRN 4829137, 5512309')).toEqual(['4829137', '5512309']);
  });

  it('follows a list of three or more items joined by commas', () => {
    expect(matchesOf('id.reference', 'requêtes nos 1234/05, 5678/06 et 9012/07', { lang: 'fr' })).toEqual(['1234/05', '5678/06', '9012/07']);
    expect(matchesOf('id.reference', 'demandas n.º 30210/96 , 40035/98 y 11209/01', { lang: 'es' })).toEqual(['30210/96', '40035/98', '11209/01']);
    expect(matchesOf('id.mrn', 'MRN 4829137, 5512309, 5512310 and 5512311')).toEqual(['4829137', '5512309', '5512310', '5512311']);
    // A list of counts after a label-less phrase stays unlabelled.
    expect(findIdentifiers('Cases this week: 312, 455, 610 and 702', { lang: 'en' })).toEqual([]);
  });

  it('takes parcel numbers of one or two digits after a word that can only mean a parcel', () => {
    expect(matchesOf('id.parcel', 'les parcelles n° 19, 20 et 28 du cadastre', { lang: 'fr' })).toEqual(['19', '20', '28']);
    expect(matchesOf('id.parcel', 'la parcela n.º 42 del polígono 7', { lang: 'es' })).toEqual(['42']);
    expect(matchesOf('id.parcel', 'parcelas no 5 y 6', { lang: 'es' })).toEqual(['5', '6']);
    expect(matchesOf('id.parcel', 'foglio 12 particella 7', { lang: 'it' })).toEqual(['7']);
    expect(matchesOf('id.parcel', 'ada 112 parsel 4', { lang: 'tr' })).toEqual(['4']);
    expect(matchesOf('id.parcel', 'land parcel 9 was sold', { lang: 'en' })).toEqual(['9']);
    expect(findIdentifiers('parcela 42', { lang: 'es' })[0]!.strength).toBe('weak');
  });

  it('keeps three digits for every other label: a short number there is a count or a rank', () => {
    for (const [text, lang] of [
      ['dossier 2 bouclé ce matin', 'fr'],
      ['le patient n° 1 de la journée', 'fr'],
      ['la parcelle 2019 du budget', 'fr'],
      ['número 1 en ventas', 'es'],
      ['expediente 12 cerrado', 'es'],
      ['the no 1 killer of women', 'en'],
      ['a parcel 2 days late', 'en'],
      ['pratica 7 chiusa', 'it'],
      ['dosya 3 kapandı', 'tr'],
    ] as const) {
      expect(findIdentifiers(text, { lang }), text).toEqual([]);
    }
  });

  it('leaves law citations alone', () => {
    expect(findIdentifiers('según la Ley 30/1992 y el artículo 24 de la Constitución', { lang: 'es' })).toEqual([]);
    expect(findIdentifiers("l'article 8 § 2 de la Convention et la loi n° 78-17", { lang: 'fr' }).map((f) => f.text)).not.toContain('8');
  });

  it('takes the nearest label: a number after another number is not labelled by the first label', () => {
    const found = findIdentifiers('NHC: 368503. NASS: 28 63514095', { lang: 'es' });
    expect(found.map((f) => [f.ruleId, f.text])).toEqual([
      ['id.mrn', '368503'],
      ['id.health-plan', '28 63514095'],
    ]);
  });

  it('ignores a label that is not right before the number, and years', () => {
    expect(findIdentifiers('Enrolled in Medicaid in early 2014 and 2015')).toEqual([]);
    expect(findIdentifiers('A health plan for 364 workers')).toEqual([]);
    expect(findIdentifiers('the avg dinner plate holds 1900 calories')).toEqual([]);
    expect(findIdentifiers('#Ebola numbers: 3069 cases, 119 deaths')).toEqual([]);
  });
});
