import type { Candidate, Detector } from '../detector';
import { LabelSet, LabelWindows } from '../labelWords';

/**
 * Postal codes, as LOCATION. UK and Canadian postcodes have shapes of their own and count alone.
 * Five-digit codes (US ZIP, France, Spain, Italy, Turkey) look like any number, so they count only
 * in an address: after a street word or a postal label within ADDRESS_LOOKBACK characters, after a
 * US state abbreviation ("Springfield, IL 62704"), or before "CEDEX".
 */
export const UK_POSTCODE_PATTERN = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
export const CA_POSTCODE_PATTERN = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b/g;
export const FIVE_DIGIT_PATTERN = /(?<![\w.,/-])\d{5}(?:-\d{4})?(?![\w]|[.,/-]\d)/g;
const US_STATE_BEFORE = /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),? $/;
const CEDEX_AFTER = /^ [\p{Lu}][\p{L}' -]{1,40}? (?:CEDEX|Cedex)\b/u;
const ADDRESS_LOOKBACK = 60;

export const ADDRESS_LABELS = new LabelSet(
  {
  en: ['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'blvd', 'boulevard', 'court', 'ct', 'way', 'suite', 'apt', 'apartment',
    'floor', 'zip', 'zip code', 'postcode', 'postal code', 'address', 'p.o. box', 'po box'],
  fr: ['rue', 'avenue', 'av', 'boulevard', 'bd', 'bld', 'chemin', 'allée', 'impasse', 'place', 'quai', 'route', 'cours', 'étage', 'bâtiment', 'code postal',
    'cp', 'cedex', 'adresse', 'domicile', 'résidence', 'lieu-dit'],
  es: ['calle', 'c/', 'avda', 'avenida', 'plaza', 'pza', 'paseo', 'carretera', 'ctra', 'camino', 'ronda', 'travesía', 'piso', 'planta', 'bajo', 'portal',
    'código postal', 'cp', 'c p', 'domicilio', 'dirección', 'localidad', 'provincia', 's/n'],
  it: ['via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'strada', 'località', 'frazione', 'interno', 'scala', 'cap', 'c a p', 'indirizzo',
    'residente', 'domicilio'],
  tr: ['sokak', 'sok', 'sk', 'cadde', 'caddesi', 'cad', 'cd', 'mahalle', 'mahallesi', 'mah', 'mh', 'bulvar', 'bulvarı', 'blv', 'apartmanı', 'apt', 'daire',
    'kat', 'posta kodu', 'adres', 'adresi', 'ikamet'],
  },
  true,
);

export const detectPostalCodes: Detector = ({ text }) => {
  const found: Candidate[] = [];
  const add = (start: number, end: number, ruleId: string) =>
    found.push({ start, end, category: 'LOCATION', ruleId, reason: { key: 'reason_contact_postal_code' }, strength: 'strong' });
  if (/\d[A-Z]/.test(text)) {
    for (const m of text.matchAll(UK_POSTCODE_PATTERN)) add(m.index, m.index + m[0].length, 'location.uk-postcode');
    for (const m of text.matchAll(CA_POSTCODE_PATTERN)) add(m.index, m.index + m[0].length, 'location.ca-postcode');
  }
  const windows = new LabelWindows(text, ADDRESS_LOOKBACK, true);
  for (const m of text.matchAll(FIVE_DIGIT_PATTERN)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const inAddress =
      US_STATE_BEFORE.test(before) || ADDRESS_LABELS.test(windows.before(m.index)) || CEDEX_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50));
    if (inAddress) add(m.index, m.index + m[0].length, 'location.postal-code');
  }
  return found;
};
