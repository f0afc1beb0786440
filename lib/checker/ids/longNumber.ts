import type { IdDetector } from './types';

/**
 * A long bare number with no label and no known check: record and case numbers in exported
 * tables often look like this, but so do order numbers, so it is only a weak candidate — and only
 * written as one block of digits, or spaced one by one to slip past filters (grouped digits are more
 * often dates and times).
 */
export const longNumber: IdDetector = {
  id: 'id.number',
  labelKey: 'id_number',
  reasonKey: 'reason_id_number',
  pattern: /^\d{8,34}$/,
  written: /^(?:\d{8,20}|\d(?: \d){7,33})$/,
  lengths: Array.from({ length: 27 }, (_, i) => i + 8),
  validate: () => true,
  checksummed: false,
  weak: true,
  jurisdictions: ['*'],
};

/**
 * Thirteen digits or more in groups ("2 83 06 24 729 096", "289 0302 141531"): longer than any
 * phone number written with its usual grouping, longer than a date and time, so most likely a
 * national or record number — still weak without a label or a check digit.
 */
export const longGroupedNumber: IdDetector = {
  id: 'id.number-grouped',
  labelKey: 'id_number',
  reasonKey: 'reason_id_number',
  pattern: /^\d{13,34}$/,
  lengths: Array.from({ length: 22 }, (_, i) => i + 13),
  validate: () => true,
  checksummed: false,
  weak: true,
  jurisdictions: ['*'],
};
