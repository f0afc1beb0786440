import { sentenceHas, type Analysis } from '../analysis';
import type { Candidate } from '../detector';
import { WORD } from '../lexicon/lexicons';
import { HEALTH_TAGS, TAG } from '../lexicon/tags';
import { SEP } from '../text/tokenize';
import { phraseEnd } from './tokenTests';
import type { TextContext } from './types';

/**
 * Ages: "84 years old", "a 45-year-old", "aged 92", "Edad: 70 años", "âgée de 93 ans", "70 anni",
 * "85 yaşında", "nonagenarian". Over 89 an age is always reported (HIPAA folds such ages into "90 or
 * older"); younger ages only when they are a patient's — in a clinical text, or a sentence with a patient
 * reference or health terms. The writer's own age ("I'm 30", "tengo 30 años", "30 yaşındayım") and age
 * groups ("adults over 65", "aged 50 to 74") are not a patient's.
 */
const OLDEST = 125;
/** How many words before the age a person word may stand ("varón de 37 años", "paciente masculino negro de 39 años"). */
const PERSON_DISTANCE = 4;
const COMPARATORS = new Set(['over', 'under', 'above', 'below', 'between', 'from', 'older', 'younger', 'desde', 'entre', 'mayores', 'menores', 'plus', 'moins', 'más', 'mas', 'piu', 'oltre', 'sopra', 'sotto', 'fino', 'tra', 'uzeri', 'alti', 'ustu', 'arasi', 'asan', 'gecen', 'des', 'partir', 'itibaren']);
// "older than 65", "mayores de 65", "plus de 65 ans", "dès 50 ans", "à partir de 50 ans": a comparator, maybe a small word, the number.
// Demonstratives count years lived together, never someone's age: "ces 10 ans", "these 10 years", "estos 10 años".
const DURATION_BEFORE = new Set(['for', 'after', 'in', 'within', 'since', 'past', 'last', 'next', 'nearly', 'almost', 'depuis', 'pendant', 'durant', 'apres', 'durante', 'tras', 'hace', 'despues', 'dopo', 'per', 'boyunca', 'pour', 'por',
  'these', 'those', 'ces', 'estos', 'esos', 'aquellos', 'questi', 'quei', 'quegli',
  // Verbs that last a time ("now survive 5 years", "waited 3 days"); not "lived", whose years may be a lifetime.
  'survive', 'survives', 'survived', 'surviving', 'waited', 'wait', 'spent', 'lasted', 'lasts', 'survivent', 'survivre', 'attendu', 'sobreviven',
  'sobrevivir', 'esperado', 'esperando', 'sopravvivono', 'sopravvivere', 'aspettato']);
const DURATION_AFTER = new Set(['ago', 'later', 'earlier', 'of', 'service', 'experience', 'fa', 'sonra', 'once']);
const CONNECTORS = new Set(['than', 'de', 'di', 'of', 'que', 'a', 'los', 'las']);
// "her 25 years at the hospital", "sus 25 años en el hospital", "i suoi 30 anni nel reparto": years someone has spent somewhere.
const TENURE_POSSESSIVES = new Set(['her', 'his', 'their', 'ses', 'sus', 'suoi', 'sue', 'nos', 'our', 'nuestros']);
const TENURE_PLACES = new Set(['at', 'in', 'with', 'on', 'en', 'con', 'avec', 'dans', 'chez', 'nel', 'nella', 'al', 'alla', 'au']);
// "her 30 years of service", "sus 25 años de servicio", "i suoi 30 anni di servizio", "ses 30 ans de carrière": years of work, after a small word.
const TENURE_LINKS = new Set(['of', 'de', 'di', 'du', 'd']);
const TENURE_WORDS = new Set(['service', 'servicio', 'servizio', 'career', 'carriere', 'carrera', 'carriera', 'experience', 'experiencia', 'esperienza', 'work', 'travail', 'trabajo', 'lavoro', 'dedication', 'dedicacion', 'dedizione', 'devouement']);
// After the unit, these make it a group: "65 years and over", "aged 50 to 74", "70 anni e più", "65 yaş ve üzeri".
const GROUP_FOLLOWERS = new Set(['and', 'or', 'to', 'y', 'o', 'a', 'et', 'ou', 'e', 'ed', 've', 'veya', 'ile', 'olds']);
// Right after the unit, a comparator makes it a group too: "65 yaş üstü", "18 yaş altındaki".
const GROUP_AFTER = new Set(['ustu', 'uzeri', 'alti', 'ustundeki', 'uzerindeki', 'altindaki', 'ustundekiler', 'uzerindekiler', 'altindakiler']);

export function detectAges(a: Analysis, context: TextContext): Candidate[] {
  const { tokens } = a;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (a.startTags[i]! & TAG.AGE_GROUP) {
      const end = phraseEnd(a, i, TAG.AGE_GROUP);
      if (context.oldAge > 0) found.push(age(a, i, end, 'strong', 'age.over89'));
      continue;
    }
    if (!t.isNumber || t.text.length > 3) continue;
    const years = Number(t.text);
    if (years > OLDEST) continue;
    const next = tokens[i + 1];
    const unitEnd = next && !(next.sep & (SEP.NEWLINE | SEP.COMMA | SEP.SLASH)) ? phraseEnd(a, i + 1, TAG.AGE_UNIT) : -1;
    const cue = i > 0 && (a.tags[i - 1]! & TAG.AGE_CUE) !== 0 && !(t.sep & SEP.NEWLINE);
    if (unitEnd < 0 && !cue) continue;
    const before = i > 0 && CONNECTORS.has(tokens[i - 1]!.key) ? i - 2 : i - 1;
    if (before >= 0 && COMPARATORS.has(tokens[before]!.key)) continue;
    // How long, not how old: "after 30 years in our ED", "depuis 30 ans", "hace 30 años", "30 years ago",
    // "pour 100 jours sans infection", "for 100 days without a CLABSI" (a team's streak).
    if ((i > 0 && DURATION_BEFORE.has(tokens[i - 1]!.key)) || (unitEnd > 0 && DURATION_AFTER.has(tokens[unitEnd]?.key ?? ''))) continue;
    // Italian "da 15 anni" is "for 15 years" (an age takes "di"); Turkish "da" is "too" and may stand before an age.
    if (i > 0 && a.lang === 'it' && tokens[i - 1]!.key === 'da') continue;
    if (i > 0 && unitEnd > 0 && TENURE_POSSESSIVES.has(tokens[i - 1]!.key) && yearsSpent(a, unitEnd)) continue;
    if (unitEnd > 0 && (yearsWithUs(a, unitEnd) || (a.lexicon.yearUnits.has(tokens[unitEnd - 1]!.key) && yearsOfCare(a, unitEnd)))) continue;
    // "sus 100 días sin caídas", "their 200 days without a fall": someone's count of days is a streak, not an age.
    if (i > 0 && TENURE_POSSESSIVES.has(tokens[i - 1]!.key) && shorterThanYears(a, i + 1)) continue;
    if (unitEnd > 0 && a.tags[unitEnd - 1]! & TAG.AGE_SELF) continue;
    const after = unitEnd > 0 ? unitEnd : i + 1;
    if (tokens[after] && GROUP_AFTER.has(tokens[after]!.key)) continue;
    if (tokens[after] && GROUP_FOLLOWERS.has(tokens[after]!.key) && (tokens[after + 1]?.isNumber || COMPARATORS.has(tokens[after + 1]?.key ?? ''))) continue;
    if (next && next.sep & SEP.HYPHEN && next.isNumber) continue; // "50-74"
    if (next && next.isNumber && next.start === t.end + 1 && (next.sep === SEP.COMMA || next.sep === SEP.PERIOD)) continue; // "con 3,2 kg": a decimal
    if (i > 0 && a.tags[i - 1]! & TAG.AGE_SELF) continue;
    const end = unitEnd > 0 ? unitEnd : i + 1;
    // "Edad: 66 años", "Age: 45": a record's age field is a person's age whatever surrounds it.
    const field = cue && t.sep & SEP.COLON;
    if (context.oldAge > 0 && years > context.oldAge && !shorterThanYears(a, i + 1)) found.push(age(a, i, end, 'strong', 'age.over89'));
    else if (field) found.push(age(a, i, end, 'strong', 'age.field'));
    else if (!context.selfReport && (context.clinical || sentenceHas(a, i, HEALTH_TAGS | TAG.PATIENT_REF | TAG.PATIENT_NOUN))) {
      // "varón de 37 años", "a 45-year-old woman": the age describes the person the text is about.
      const person = hasTagNear(a, i - PERSON_DISTANCE, i, TAG.PERSON_NOUN) || hasTagNear(a, end, end + 2, TAG.PERSON_NOUN);
      found.push(age(a, i, end, person ? 'strong' : 'weak', person ? 'age.person' : 'age.patient'));
    }
    i = end - 1;
  }
  return found;
}

/** After "her 25 years": somewhere ("at our clinic", "au service de…") or of work ("of service", "de servicio"). */
function yearsSpent(a: Analysis, afterUnit: number): boolean {
  const next = a.tokens[afterUnit]?.key ?? '';
  return TENURE_PLACES.has(next) || (TENURE_LINKS.has(next) && TENURE_WORDS.has(a.tokens[afterUnit + 1]?.key ?? ''));
}

// "40 años atendiendo partos", "40 anni curando", "40 years caring for": years of doing something.
const GERUND = /(?:ando|iendo|endo|ing)$/;

/**
 * Years of a career: "40 ans d'accouchements", "40 anni di parti", "40 years of delivering babies", "40 años atendiendo
 * partos" — the years of care given, not a person's age ("40 años de edad" is one: no care word follows).
 */
function yearsOfCare(a: Analysis, afterUnit: number): boolean {
  const next = a.tokens[afterUnit];
  if (!next || next.sep & (SEP.STOP | SEP.NEWLINE | SEP.PERIOD)) return false;
  // The care given follows: "atendiendo partos", "d'accouchements" (not "ingresando por disnea", a patient's stay).
  const careGiven = afterUnit + 1 < a.tokens.length && (a.tokens[afterUnit + 1]!.sep & ~(SEP.SPACE | SEP.APOSTROPHE)) === 0 && (a.startTags[afterUnit + 1]! & TAG.PROCEDURE) !== 0;
  const doing = next.sep === SEP.SPACE && next.key.length > 4 && GERUND.test(next.key);
  return careGiven && (doing || TENURE_LINKS.has(next.key));
}

/** "100 días", "200 days": a count of days, weeks or months is a baby's age or a streak, never one over 89 years. */
function shorterThanYears(a: Analysis, unit: number): boolean {
  const key = a.tokens[unit]?.key ?? '';
  return a.lexicon.timeUnits.has(key) && !a.lexicon.yearUnits.has(key);
}

/** "10 ans dans notre service", "10 años en nuestra UCI", "10 anni nel nostro reparto", "10 years in our ER": years spent on the team. */
function yearsWithUs(a: Analysis, afterUnit: number): boolean {
  return TENURE_PLACES.has(a.tokens[afterUnit]?.key ?? '') && afterUnit + 1 < a.tokens.length && (a.wordFlags[afterUnit + 1]! & WORD.OUR_POSSESSIVE) !== 0;
}

/** Is there a `tag` phrase on tokens [from, to) in the sentence of token `from`..`to`? */
function hasTagNear(a: Analysis, from: number, to: number, tag: number): boolean {
  const s = a.sentence[Math.max(0, Math.min(to, a.tokens.length) - 1)];
  for (let k = Math.max(0, from); k < Math.min(to, a.tokens.length); k++) if (a.sentence[k] === s && a.tags[k]! & tag) return true;
  return false;
}

function age(a: Analysis, first: number, end: number, strength: 'strong' | 'weak', ruleId: string): Candidate {
  return {
    start: a.tokens[first]!.start,
    end: a.tokens[end - 1]!.end,
    category: 'AGE',
    ruleId,
    strength,
    reason: { key: ruleId === 'age.over89' ? 'reason_age_over89' : 'reason_age' },
  };
}
