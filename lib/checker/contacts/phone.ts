import type { Candidate, Detector, Strength } from '../detector';
import { foldForMatching, LabelSet, LabelWindows, wordsOf } from '../labelWords';

/**
 * Phone and fax numbers. One pattern finds digit groups in the shapes phones are written in
 * ("+33 (0)1 42 37 47 71", "(212) 555-0123", "0532 123 45 67", "93.416.97.00", "0612345678 ext 12");
 * the code then decides: an international prefix or a label such as "Tel", "Fax", "Tfno" makes it
 * strong; so does a national format (North American, UK, French, Spanish, Italian, Turkish); other
 * grouped numbers of 7–15 digits are weak; dates, year ranges and thousands ("1.200.000") are not phones.
 */
export const PHONE_PATTERN =
  /(?:(?:\+|00)[ .-]?)?(?:\(\+?\d{1,5}\)|\d{1,15})(?:(?:[ .-]{1,3}|(?=\()|(?<=\)))(?:\(\d{1,5}\)|\d{1,15})){0,14}(?:[ ]?(?:x|ext\.?|poste|int\.?)[ ]?\d{1,5})?/g;
/**
 * What may not touch a phone number: a word character, "+", "@" or "/" before it, or a digit and a
 * dot or dash (it would be the tail of a longer number); a word character or "@" after it, or a
 * dot, comma, slash or dash and a digit. Checked in code so the pattern above never backtracks.
 */
export const BAD_BEFORE = /(?:[\w+@/]|\d[.-])$/;
export const BAD_AFTER = /^(?:[\w@]|[.,/-]\d)/;
const LETTER_BEFORE = /\p{L}$/u;

export const PHONE_LABELS = new LabelSet({
  en: ['tel', 'tel.', 'phone', 'telephone', 'ph', 'mobile', 'mob', 'cell', 'cell phone', 'fax', 'call', 'call me', 'text', 'text me', 'ring', 'whatsapp', 'desk', 'landline', 'pager'],
  fr: ['tél', 'téléphone', 'portable', 'mobile', 'fax', 'télécopie', 'appelez', 'appeler', 'joindre', 'joignable', 'contacter', 'secrétariat', 'standard', 'bip'],
  es: ['tel', 'teléfono', 'tfno', 'tlf', 'telf', 'tfo', 'móvil', 'fax', 'llamar', 'llame', 'llámame', 'llámanos', 'whatsapp', 'centralita'],
  it: ['tel', 'telefono', 'cell', 'cellulare', 'fax', 'chiamare', 'chiami', 'chiamami', 'recapito', 'centralino'],
  tr: ['tel', 'telefon', 'cep', 'cep tel', 'gsm', 'faks', 'ara', 'arayın', 'arayınız', 'numaram', 'whatsapp', 'santral'],
});

/**
 * Labels that present a number as a service's line ("Info:", "Register at", "Prise de rendez-vous au", "Randevu:"):
 * the organisation publishing its own contact, which says nothing about a person.
 */
export const SERVICE_LABELS = new LabelSet({
  en: ['info', 'information', 'questions', 'appointments', 'bookings', 'register', 'registration', 'reservations', 'rsvp', 'call us', 'contact us',
    'reach us', 'helpline', 'hotline', 'switchboard', 'main line', 'scheduling', 'billing office', 'billing team', 'billing department',
    'book', 'to book', 'book now', 'schedule', 'to schedule', 'appointment line', 'our team', 'our office', 'front desk', 'patient relations',
    'patient relations team', 'patient experience team', 'office manager', 'practice manager', 'patient advocate', 'care coordinator',
    'nurse line', 'our clinic', 'our practice', 'customer service', 'patient services', 'member services'],
  fr: ['info', 'infos', 'renseignements', 'informations', 'rendez-vous', 'prise de rendez-vous', 'rdv', 'inscription', 'inscriptions', 'réservation',
    'réservations', 'appelez-nous', 'contactez-nous', 'service facturation', 'numéro vert', 'notre équipe', 'notre secrétariat', 'secrétariat',
    'relations avec les usagers', 'notre cabinet', "l'accueil", 'service client', 'notre clinique'],
  es: ['info', 'información', 'más info', 'más información', 'cita previa', 'citas', 'pida cita', 'pide cita', 'inscripciones', 'reservas',
    'llámanos', 'facturación', 'servicio de facturación', 'nuestro equipo', 'atención al paciente', 'recepción', 'pide tu cita',
    'nuestra clínica', 'nuestra consulta', 'atención al cliente'],
  it: ['info', 'informazioni', 'prenotazioni', 'prenota', 'cup', 'numero verde', 'ufficio ticket', 'contattaci', 'contattarci', 'contattateci', 'chiamaci', 'urp', 'segreteria',
    'accettazione', 'il nostro team', 'il nostro studio', 'la nostra clinica', 'servizio clienti'],
  tr: ['randevu', 'randevu için', 'bilgi', 'bilgi için', 'bilgi ve randevu', 'çağrı merkezi', 'çağrı merkezimiz', 'danışma', 'iletişim', 'randevu hattı', 'hasta hakları', 'hasta iletişim', 'ekibimiz',
    'kliniğimiz', 'hastanemiz', 'müşteri hizmetleri', 'hasta hizmetleri'],
});

/**
 * Booking, sign-up or the organisation's own desk said in the number's own sentence ("Call (555) 010-2000 to book", "prenez rendez-vous pour
 * votre mammographie au 01 45 67 89 00", "Llama al 912 345 678 para pedir cita"): the number is a service's line.
 * Folded words, matched as whole consecutive words.
 */
const BOOKING_PHRASES = [
  'to book', 'book your', 'book an appointment', 'to schedule', 'schedule your', 'schedule an appointment', 'make an appointment',
  'to register', 'sign up', 'for appointments', 'for an appointment', 'for bookings', 'for more information', 'for more info',
  'prendre rendez-vous', 'prenez rendez-vous', 'pour un rendez-vous', 'vous inscrire', 'inscrivez-vous', "pour plus d'informations",
  'pour tout renseignement', 'pedir cita', 'pide cita', 'pida cita', 'pide tu cita', 'para reservar', 'reserva tu', 'para citas',
  'inscribirte', 'inscribirse', 'para más información', 'per prenotare', 'prenota', 'prenotate', 'per prenotazioni', 'per appuntamenti', 'per informazioni',
  'per iscriversi', 'iscriviti', 'per maggiori informazioni', 'randevu almak', 'randevu alın', 'randevu için',
  // The organisation's own desk named in the sentence: "Our billing office can help with payment plans: 555-010-3300".
  'our billing office', 'our billing team', 'our business office', 'our front desk', 'our scheduling team', 'payment plans',
  'notre service facturation', 'nuestro servicio de facturación', 'il nostro ufficio amministrativo',
].map((phrase) => wordsOf(foldForMatching(phrase)));
const BOOKING_KEYS = new Set(BOOKING_PHRASES.map((words) => words.join(' ')));
/**
 * A word stem every booking phrase holds, tested on the sentence as written before folding and splitting it: most
 * numbers' sentences hold none, and a phone-heavy note has hundreds of numbers.
 */
export const BOOKING_STEMS = /book|schedul|regist|sign up|appoint|inform|rendez|inscri|renseign|cita|reserv|prenot|appunt|iscri|randevu|billing|business office|front desk|payment plan|factura|ufficio/i;
const BOOKING_LENGTHS = [...new Set(BOOKING_PHRASES.map((words) => words.length))];
const SENTENCE_REACH = 120;
const SENTENCE_END = /[.!?\n]/;

/** The number's sentence around [start, end), before and after it: from the last sentence end before it to the first after it. */
function sentenceAround(text: string, start: number, end: number): [string, string] {
  let from = start;
  while (from > Math.max(0, start - SENTENCE_REACH) && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < Math.min(text.length, end + SENTENCE_REACH) && !SENTENCE_END.test(text[to]!)) to++;
  return [text.slice(from, start), text.slice(end, to)];
}

function offersBooking(before: string, after: string): boolean {
  const sentence = `${before} ${after}`;
  if (!BOOKING_STEMS.test(sentence)) return false;
  const words = wordsOf(foldForMatching(sentence));
  for (let i = 0; i < words.length; i++) {
    for (const length of BOOKING_LENGTHS) if (i + length <= words.length && BOOKING_KEYS.has(words.slice(i, i + length).join(' '))) return true;
  }
  return false;
}

/** Words that ask the reader to call, and the small words around them ("Call 555-010-4400.", "Appelez le 01…", "Llama al 912…"). */
const CALLS = new Set(['call', 'phone', 'ring', 'dial', 'text', 'appelez', 'composez', 'llama', 'llame', 'llamanos', 'llamenos', 'chiama', 'chiami', 'chiamate', 'chiamaci', 'arayin', 'arayiniz']);
const CALL_FILLERS = new Set(['le', 'au', 'al', 'lo', 'il', 'at', 'on', 'us', 'now', 'today', 'please', 'nous', 'ahora', 'hoy', 'oggi', 'ci', 'bizi']);
const MAX_WORDS_AFTER_CALL = 3;

/** A sentence that only asks to call the number and names no one: an organisation's line ("Call 555-010-4400."), where a person's is "call Maria at…". */
function onlyAsksToCall(before: string, after: string): boolean {
  const words = wordsOf(foldForMatching(before));
  return words.some((w) => CALLS.has(w)) && words.every((w) => CALLS.has(w) || CALL_FILLERS.has(w)) && wordsOf(after).length <= MAX_WORDS_AFTER_CALL;
}

/** Said in the number's own sentence: booking, or nothing but a call to it. */
function servesTheOrganisation(text: string, start: number, end: number): boolean {
  const [before, after] = sentenceAround(text, start, end);
  return offersBooking(before, after) || onlyAsksToCall(before, after);
}

/** Toll-free and shared-cost numbers (1-800…, 08 00…, 900…, numero verde 800…, 444 …): only organisations have them. */
const SERVICE_NUMBER = /^(?:1?8(?:00|33|44|55|66|77|88)\d{7}|080\d{7}|0?80[08]\d{6,7}|90[0-2]\d{6}|444\d{4})$/;

const EXTENSION = /(?:x|ext\.?|poste|int\.?)[ ]?\d{1,5}$/;

interface Shape {
  digits: string;
  groups: number[];
  /** Separators between groups, e.g. ["-", "-"]. */
  separators: string[];
  international: boolean;
}

function shapeOf(written: string): Shape {
  const body = written.replace(EXTENSION, '');
  const groups: number[] = [];
  const separators: string[] = [];
  let digits = '';
  let run = 0;
  let separator = '';
  for (const ch of body) {
    if (ch >= '0' && ch <= '9') {
      if (run === 0 && groups.length > 0) separators.push(separator);
      digits += ch;
      run++;
    } else {
      if (run) groups.push(run);
      if (run) separator = '';
      run = 0;
      separator += ch;
    }
  }
  if (run) groups.push(run);
  return { digits, groups, separators, international: /^(?:\+|00)/.test(body) };
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((n, i) => n === b[i]);
const groupedAs = (groups: number[], ...shapes: number[][]) => shapes.some((s) => same(groups, s));

/** Day.month.year or year-month-day, perhaps followed by a time ("15.11.20 22.00", "2020-11-15"). */
function startsWithDate({ digits, groups, separators }: Shape): boolean {
  if (groups.length < 3 || separators[0] !== separators[1] || (separators[0] !== '.' && separators[0] !== '-')) return false;
  if (groups.length > 3 && separators[2] !== ' ') return false;
  const [g0, g1, g2] = groups as [number, number, number];
  const [a, b, c] = [digits.slice(0, g0), digits.slice(g0, g0 + g1), digits.slice(g0 + g1, g0 + g1 + g2)].map(Number) as [number, number, number];
  if (g0 === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  return g0 <= 2 && g1 <= 2 && a >= 1 && a <= 31 && b >= 1 && b <= 12 && (g2 === 2 || (g2 === 4 && c >= 1900 && c <= 2100));
}

/** "1.200.000", "10 000 000": thousands separators — except Spain's 3-3-3 phones ("633 349 565"). */
function isThousands({ digits, groups, separators }: Shape): boolean {
  const spanishPhone = digits.length === 9 && groups[0] === 3 && /^[6-9]/.test(digits);
  return (
    !spanishPhone &&
    groups.length >= 2 &&
    groups[0]! <= 3 &&
    groups.slice(1).every((g) => g === 3) &&
    separators.every((sep) => sep === separators[0] && (sep === '.' || sep === ' '))
  );
}

/** "2013-2014", "1998 2004": years. */
const isYears = ({ digits, groups }: Shape) =>
  groups.every((g) => g === 4) && digits.match(/.{4}/g)!.every((y) => Number(y) >= 1900 && Number(y) <= 2100);

/** Written the way one country writes its numbers; digits spaced one by one ("0 6 1 2 …") count as one block. */
function isNationalFormat({ digits, groups: writtenGroups }: Shape, written: string): boolean {
  const n = digits.length;
  const groups = writtenGroups.every((g) => g === 1) ? [n] : writtenGroups;
  // North America: (212) 555-0123, 212-555-0123, 1-800-555-0123; area code and exchange start with 2–9.
  const nanp = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  if (nanp.length === 10 && /^[2-9]\d\d[2-9]/.test(nanp) && (groupedAs(groups, [3, 3, 4], [1, 3, 3, 4]) || /^\(\d{3}\)/.test(written))) return true;
  // France: 01 23 45 67 89 (also dotted or dashed), 0123456789.
  if (n === 10 && /^0[1-9]/.test(digits) && (groupedAs(groups, [2, 2, 2, 2, 2], [10]))) return true;
  // UK: 020 7946 0958, 07700 900123, 01632 960123, 0113 496 0000.
  if (n === 11 && /^0[1-9]/.test(digits) && groupedAs(groups, [3, 4, 4], [5, 6], [4, 3, 4], [5, 3, 3], [11])) return true;
  // Spain: 912 345 678, 91 234 56 78, 612 34 56 78, 612345678.
  if (n === 9 && /^[6-9]/.test(digits) && groupedAs(groups, [3, 3, 3], [2, 3, 2, 2], [3, 2, 2, 2], [9])) return true;
  // Italy: 333 123 4567, 06 1234 5678, 02 12345678.
  if (n === 10 && /^3\d\d/.test(digits)) return true;
  if (n >= 8 && n <= 11 && digits[0] === '0' && groups.length >= 2 && groups.length <= 3 && groups[0]! >= 2 && groups[0]! <= 4) return true;
  // Turkey: 0532 123 45 67, (0212) 123 45 67, 532 123 45 67.
  if ((n === 11 && /^0[2-5]/.test(digits)) || (n === 10 && /^5/.test(digits) && groupedAs(groups, [3, 3, 2, 2], [3, 3, 4]))) return true;
  return false;
}

/** " - " and " . " join the groups of one number, or separate two numbers: split there when the whole is too long. */
export const WIDE_SEPARATOR = / [.-] /g;
const MAX_DIGITS = 15;

function classify(text: string, start: number, written: string, labels: LabelWindows): Candidate | null {
  const shape = shapeOf(written);
  const n = shape.digits.length;
  if (n < 7 || n > MAX_DIGITS) return null;
  const labelled = PHONE_LABELS.test(labels.before(start));
  let strength: Strength | null = null;
  if ((shape.international && n >= 8) || labelled) strength = 'strong';
  else if (startsWithDate(shape) || isYears(shape) || isThousands(shape)) strength = null;
  else if (isNationalFormat(shape, written)) strength = 'strong';
  else if (shape.groups.length >= 2 && (n >= 9 || shape.groups.every((g) => g >= 2))) strength = 'weak';
  if (!strength) return null;
  const service = SERVICE_NUMBER.test(shape.digits) || SERVICE_LABELS.test(labels.before(start)) || servesTheOrganisation(text, start, start + written.length);
  return {
    start,
    end: start + written.length,
    category: 'PHONE',
    ruleId: service ? 'phone.service' : 'phone',
    reason: { key: labelled ? 'reason_contact_phone_labelled' : 'reason_contact_phone' },
    strength,
  };
}

export const detectPhones: Detector = (input) => {
  const { text } = input;
  let digitCount = 0;
  for (let i = 0; i < text.length && digitCount < 7; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digitCount++;
  }
  if (digitCount < 7) return [];
  const found: Candidate[] = [];
  const labels = new LabelWindows(text, 30);
  for (const match of text.matchAll(PHONE_PATTERN)) {
    const written = match[0];
    const end = match.index + written.length;
    // A label glued to the number's "+" or "(" is still a label: "Accueil+33 1 …", "Standard(33) 6 …".
    const gluedLabel = /^[+(]/.test(written) && LETTER_BEFORE.test(text.slice(Math.max(0, match.index - 1), match.index));
    if ((!gluedLabel && BAD_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) || BAD_AFTER.test(text.slice(end, end + 2))) continue;
    const whole = classify(text, match.index, written, labels);
    if (whole) {
      found.push(whole);
      continue;
    }
    if (written.replace(/\D/g, '').length <= MAX_DIGITS) continue;
    let partStart = 0;
    for (const separator of [...written.matchAll(WIDE_SEPARATOR), { index: written.length, 0: '' }]) {
      const part = classify(text, match.index + partStart, written.slice(partStart, separator.index), labels);
      if (part) found.push(part);
      partStart = separator.index + separator[0].length;
    }
  }
  return found;
};
