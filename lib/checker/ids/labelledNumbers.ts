import type { IdDetector } from './types';
import type { Lang } from '../types';

type Words = Record<Lang, readonly string[]>;

const LABELLED_SHAPE = /^[A-Z0-9]{1,20}$/;
/** As written, every group holds a digit ("12345 y 67890" is two numbers, "no 1234" a label and a number). */
const DIGIT_IN_EVERY_GROUP = /^[A-Za-z]*\d[A-Za-z\d]*(?:[ ./-]+[A-Za-z]*\d[A-Za-z\d]*)*$/;
/** Plates mix letter and digit groups ("AB-123-CD", "1234 BCD", "34 ABC 123"); VINs have 17 characters. */
const VEHICLE_SHAPE = /^[A-Z0-9]{4,17}$/;
const lengthsFrom = (min: number) => Array.from({ length: 21 - min }, (_, i) => i + min);
/** Fewer digits than this and a labelled number is a count or a rank ("dossier 2", "patient no 1"), not an identifier. */
const CODE_DIGITS = 3;
/**
 * Enough digits, not a year ("Medicaid 2014" is about the year), and no run of letters longer than
 * a code has (three, four on plates): a word that followed the label is not part of it.
 */
const isCodeOf = (minDigits: number) => (s: string) =>
  s.replace(/\D/g, '').length >= minDigits && !/^(?:19|20)\d\d$/.test(s) && !/[A-Z]{3}/.test(s);
const isPlate = (s: string) => /\d/.test(s) && !/[A-Z]{4}/.test(s);

/**
 * A number known only by its label: medical record, account, plan member, licence, device, vehicle.
 * No check digit exists or is public, so the label is required and the finding says which one it was.
 * `key` names the message keys, which kinds told apart only by their labels may share.
 */
function labelledNumber(
  name: string,
  key: string,
  contextWords: Words,
  { weak = false, vehicle = false, minDigits = CODE_DIGITS } = {},
): IdDetector {
  return {
    id: `id.${name}`,
    labelKey: `id_${key}`,
    reasonKey: `reason_id_${key}`,
    pattern: vehicle ? VEHICLE_SHAPE : LABELLED_SHAPE,
    ...(vehicle ? {} : { written: DIGIT_IN_EVERY_GROUP }),
    lengths: lengthsFrom(vehicle ? 4 : minDigits),
    validate: vehicle ? isPlate : isCodeOf(minDigits),
    checksummed: false,
    weak,
    ...(minDigits < CODE_DIGITS ? { minDigits } : {}),
    contextWords,
    partOfRun: true,
    jurisdictions: ['*'],
  };
}

export const medicalRecordNumber = labelledNumber('mrn', 'mrn', {
  en: ['mrn', 'medical record', 'medical record number', 'med rec', 'record number', 'record no', 'patient id', 'patient number', 'patient no',
    'chart number', 'chart no', 'hospital number', 'hospital no', 'unit number', 'encounter number', 'visit number', 'admission number', 'episode number', 'accession number'],
  fr: ['ipp', 'nda', 'dossier', 'n° de dossier', 'numéro de dossier', 'dossier médical', 'identifiant patient', 'id patient', 'numéro patient', 'numéro de patient',
    'numéro de séjour', 'n° de séjour', 'séjour', 'identifiant de la visite', "numéro d'hospitalisation", "n° d'hospitalisation", "numéro d'identification"],
  es: ['nhc', 'historia clínica', 'n o de historia', 'número de historia', 'historia', 'cipa', 'episodio', 'número de episodio', 'número de paciente',
    'id paciente', 'identificador del paciente', 'expediente clínico', 'número de ingreso'],
  it: ['cartella clinica', 'n cartella', 'numero cartella', 'numero di cartella', 'nosologico', 'numero nosologico', 'codice paziente', 'id paziente',
    'numero paziente', 'numero di ricovero', 'n ricovero'],
  tr: ['protokol', 'protokol no', 'protokol numarası', 'dosya no', 'dosya numarası', 'hasta no', 'hasta numarası', 'hasta kayıt no', 'kayıt no', 'yatış no', 'barkod no'],
});

export const accountNumber = labelledNumber('account', 'account', {
  en: ['account', 'account number', 'account no', 'acct', 'acct no', 'a/c', 'billing number', 'invoice number', 'invoice no', 'claim number', 'claim no'],
  fr: ['compte', 'numéro de compte', 'n° de compte', 'facture', 'n° de facture', 'numéro de facture', 'rib'],
  es: ['cuenta', 'número de cuenta', 'n o de cuenta', 'factura', 'n o de factura', 'número de factura', 'ccc'],
  it: ['conto', 'numero di conto', 'conto corrente', 'c/c', 'fattura', 'n fattura', 'numero fattura'],
  tr: ['hesap', 'hesap no', 'hesap numarası', 'fatura no', 'fatura numarası'],
});

export const healthPlanNumber = labelledNumber('health-plan', 'health_plan', {
  en: ['member id', 'member number', 'member no', 'insurance id', 'insurance number', 'policy number', 'policy no', 'subscriber id', 'subscriber number',
    'group number', 'group no', 'health plan', 'plan id', 'medicaid', 'medicaid id', 'medicare number', 'beneficiary id', 'insurance'],
  fr: ['sécurité sociale', 'n° de sécurité sociale', 'numéro de sécurité sociale', 'n° ss', 'secu', 'nir', 'insee', 'carte vitale', 'mutuelle', 'n° adhérent',
    "numéro d'adhérent", 'assuré', 'assurée', 'assurance maladie'],
  es: ['nass', 'naf', 'nuss', 'nss', 'afiliación', 'número de afiliación', 'seguridad social', 'tarjeta sanitaria', 'tsi', 'cip', 'póliza', 'n o de póliza',
    'número de póliza', 'aseguradora', 'mutua'],
  it: ['tessera sanitaria', 'numero tessera', 'n tessera', 'polizza', 'numero polizza', 'n polizza', 'assicurazione', 'codice assistito'],
  tr: ['sigorta no', 'sigorta numarası', 'sgk no', 'sgk numarası', 'sgk sicil no', 'poliçe no', 'poliçe numarası', 'sosyal güvenlik no'],
});

export const licenceNumber = labelledNumber('licence', 'licence', {
  en: ['licence', 'license', 'license number', 'licence number', 'license no', 'licence no', 'lic no', "driver's license", 'driver license', 'driving licence',
    'dl', 'dl#', 'permit number', 'certificate number', 'registration number', 'gmc number', 'gmc no', 'nmc pin'],
  fr: ['permis', 'permis de conduire', 'numéro de permis', 'n° de permis', 'rpps', 'n° rpps', 'adeli', 'n° adeli', "n° d'ordre", "numéro d'inscription"],
  es: ['licencia', 'número de licencia', 'carnet de conducir', 'permiso de conducir', 'colegiado', 'n o colegiado', 'n o de colegiado', 'número de colegiado',
    'nocol', 'no col', 'n° col', 'ncol'],
  it: ['patente', 'numero patente', 'n patente', 'licenza', 'iscrizione albo', 'n iscrizione', 'numero di iscrizione', 'albo', 'ordine dei medici'],
  tr: ['ehliyet', 'ehliyet no', 'sürücü belgesi', 'sürücü belgesi no', 'lisans no', 'diploma no', 'diploma tescil no', 'sicil no', 'oda sicil no'],
});

export const deviceSerialNumber = labelledNumber('device', 'device', {
  en: ['serial', 'serial number', 'serial no', 's/n', 'sn', 'device id', 'device number', 'imei', 'udi', 'lot number', 'lot no'],
  fr: ['numéro de série', 'n° de série', 'série', 'imei', 'udi', "identifiant de l'appareil", 'n° de lot', 'lot'],
  es: ['número de serie', 'n o de serie', 'n/s', 'serie', 'imei', 'udi', 'dispositivo', 'n o de lote', 'lote'],
  it: ['numero di serie', 'n di serie', 'matricola', 'seriale', 'imei', 'udi', 'lotto', 'n lotto'],
  tr: ['seri no', 'seri numarası', 'cihaz no', 'imei', 'udi', 'lot no', 'parti no'],
});

export const vehicleNumber = labelledNumber('vehicle', 'vehicle', {
  en: ['plate', 'license plate', 'licence plate', 'number plate', 'vehicle registration', 'reg no', 'vin', 'vehicle id'],
  fr: ['plaque', 'immatriculation', "plaque d'immatriculation", 'vin', 'numéro de châssis'],
  es: ['matrícula', 'placa', 'bastidor', 'número de bastidor', 'vin'],
  it: ['targa', 'targato', 'telaio', 'numero di telaio', 'vin'],
  tr: ['plaka', 'plaka no', 'şasi no', 'şase no', 'araç plakası'],
}, { vehicle: true });

/**
 * "n° 18949/91", "número 5299", "foglio 12": a numbered reference of some kind — a case or file, a
 * map sheet — identifying, but weakly.
 */
export const referenceNumber = labelledNumber(
  'reference',
  'reference',
  {
    en: ['no', 'nos', 'number', 'num', 'ref', 'reference', 'case no', 'file no', 'application no', 'parcel', 'plot'],
    fr: ['n°', 'n°s', 'nos', 'numéro', 'num', 'réf', 'référence', 'requête', 'requêtes', 'affaire', 'feuille', 'plan', 'section cadastrale'],
    es: ['n o', 'n os', 'nos', 'núm', 'número', 'ref', 'referencia', 'expediente', 'demanda', 'demandas', 'solicitud', 'plano', 'finca'],
    it: ['n', 'nr', 'num', 'numero', 'rif', 'riferimento', 'pratica', 'ricorso', 'foglio'],
    tr: ['no', 'numara', 'numarası', 'sayı', 'sayılı', 'dosya', 'ada', 'pafta'],
  },
  { weak: true },
);

/**
 * "parcelles n° 19, 20 et 28", "parcela 42", "particella 7": a cadastral parcel points to someone's
 * property whatever its size, so one or two digits suffice after a word that can only mean a parcel.
 */
export const parcelNumber = labelledNumber(
  'parcel',
  'reference',
  {
    en: ['land parcel', 'cadastral parcel', 'parcel no', 'parcel number'],
    fr: ['parcelle', 'parcelles', 'parcelle cadastrale'],
    es: ['parcela', 'parcelas', 'parcela catastral'],
    it: ['particella', 'particelle', 'mappale', 'mappali'],
    tr: ['parsel', 'parseller', 'parsel no'],
  },
  { weak: true, minDigits: 1 },
);
