import type { Candidate, DetectContext, Detector } from '../detector';
import { CONTACT_DETECTORS, CONTACT_PATTERNS } from '../contacts';
import { keepBestNonOverlapping } from '../overlaps';
import { bcPhn } from './bcPhn';
import { canadianSin } from './canadianSin';
import { codiceFiscale } from './codiceFiscale';
import { dea } from './dea';
import { frenchNir } from './frenchNir';
import { iban } from './iban';
import {
  accountNumber,
  deviceSerialNumber,
  healthPlanNumber,
  licenceNumber,
  medicalRecordNumber,
  parcelNumber,
  referenceNumber,
  vehicleNumber,
} from './labelledNumbers';
import { longGroupedNumber, longNumber } from './longNumber';
import { armDetectors, matchIds, type IdMatcher } from './matchIds';
import { medicareMbi } from './medicareMbi';
import { nhsNumber } from './nhsNumber';
import { npi } from './npi';
import { detectNumbersInParentheses, NUMBER_SIGN_IN_PARENTHESES } from './numberSignInParentheses';
import { findNumberRuns } from './numberRuns';
import { ontarioHealthCard } from './ontarioHealthCard';
import { paymentCard } from './paymentCard';
import { quebecRamq } from './quebecRamq';
import { spanishDni } from './spanishDni';
import { spanishNaf } from './spanishNaf';
import { tcKimlik } from './tcKimlik';
import { tesseraSanitaria } from './tesseraSanitaria';
import type { IdDetector } from './types';
import { usSsn } from './usSsn';

export type { IdDetector } from './types';

/** Every identifier SafePost knows, checksum-validated ones first. */
export const ID_DETECTORS: readonly IdDetector[] = [
  usSsn,
  npi,
  dea,
  medicareMbi,
  paymentCard,
  iban,
  nhsNumber,
  canadianSin,
  ontarioHealthCard,
  bcPhn,
  quebecRamq,
  frenchNir,
  spanishDni,
  spanishNaf,
  codiceFiscale,
  tesseraSanitaria,
  tcKimlik,
  medicalRecordNumber,
  accountNumber,
  healthPlanNumber,
  licenceNumber,
  deviceSerialNumber,
  vehicleNumber,
  parcelNumber,
  referenceNumber,
  longNumber,
  longGroupedNumber,
];

/** Every regular expression the identifier and contact detectors use, for the ReDoS test. */
export const ID_PATTERNS: readonly RegExp[] = [
  ...ID_DETECTORS.flatMap((d) => (d.written ? [d.pattern, d.written] : [d.pattern])),
  NUMBER_SIGN_IN_PARENTHESES,
  ...CONTACT_PATTERNS,
];

/** Detectors armed per jurisdiction and language: compiled once, reused on every keystroke. */
const matchers = new Map<string, IdMatcher>();
function matcherFor(context: DetectContext): IdMatcher {
  const key = `${context.jurisdiction}|${context.lang}`;
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = armDetectors(ID_DETECTORS, context);
    matchers.set(key, matcher);
  }
  return matcher;
}

function countDigits(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
  }
  return count;
}

/**
 * Drops what was found inside a link or an email address ("nyti.ms/13aB129", "…/comment-47513644"):
 * the link is the finding. Only a valid checksum inside one still counts on its own.
 */
function withoutPartsOfLinks(candidates: Candidate[]): Candidate[] {
  const links = candidates.filter((c) => c.category === 'URL' || c.category === 'EMAIL');
  if (!links.length) return candidates;
  return candidates.filter(
    (c) => c.category === 'URL' || c.category === 'EMAIL' || c.strength === 'checksum' || !links.some((l) => l.start < c.end && c.start < l.end),
  );
}

/**
 * Every identifier in a normalised text: ID numbers (category ID; strength "checksum" when a check
 * digit validates them), phones, emails, links, handles, IP addresses and postal codes. Sorted by
 * start, never overlapping: where two candidates overlap the stronger, then the longer, is kept.
 */
export const detectIdentifiers: Detector = (input, context) => {
  const matcher = matcherFor(context);
  // Too few digits and no identifier can be there: the number scan is skipped. Concatenated, not
  // pushed with spread: a huge paste can yield more candidates than a call takes arguments.
  let candidates: Candidate[] =
    countDigits(input.text, matcher.minDigits) >= matcher.minDigits ? matchIds(input.text, findNumberRuns(input.text), matcher) : [];
  candidates = candidates.concat(detectNumbersInParentheses(input, context));
  for (const detect of CONTACT_DETECTORS) candidates = candidates.concat(detect(input, context));
  return keepBestNonOverlapping(withoutPartsOfLinks(candidates));
};
