import type { Detector } from '../detector';
import { detectEmails } from './email';
import { detectIpAddresses, IPV4_PATTERN } from './ipAddress';
import { BAD_AFTER, BAD_BEFORE, BOOKING_STEMS, detectPhones, PHONE_PATTERN, WIDE_SEPARATOR } from './phone';
import { CA_POSTCODE_PATTERN, FIVE_DIGIT_PATTERN, detectPostalCodes, UK_POSTCODE_PATTERN } from './postalCode';
import { detectUrlsAndHandles, URL_PATTERN } from './url';

/** Phones, emails, links and handles, IP addresses and postal codes. */
export const CONTACT_DETECTORS: readonly Detector[] = [detectPhones, detectEmails, detectUrlsAndHandles, detectIpAddresses, detectPostalCodes];

/** Every pattern these detectors run over whole texts, for the ReDoS test. */
export const CONTACT_PATTERNS: readonly RegExp[] = [
  PHONE_PATTERN,
  BOOKING_STEMS,
  BAD_BEFORE,
  BAD_AFTER,
  WIDE_SEPARATOR,
  URL_PATTERN,
  IPV4_PATTERN,
  UK_POSTCODE_PATTERN,
  CA_POSTCODE_PATTERN,
  FIVE_DIGIT_PATTERN,
];
