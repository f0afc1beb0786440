import type { IdDetector } from './types';

/**
 * A long bare number with no label and no known check: record and case numbers in exported
 * tables often look like this, but so do order numbers, so it is only a weak candidate.
 */
export const longNumber: IdDetector = {
  id: 'id.number',
  labelKey: 'id_number',
  reasonKey: 'reason_id_number',
  pattern: /^\d{8,20}$/,
  lengths: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
  validate: () => true,
  checksummed: false,
  weak: true,
  jurisdictions: ['*'],
};
