import { mod97 } from './mod97';
import type { IdDetector } from './types';

/**
 * French social security number (NIR, "numéro de sécurité sociale"): sex (1/2, or 3/4/7/8 for
 * provisional numbers), year, month (01–12, 20–42 or 50+ when unknown), département (2A/2B for
 * Corsica), commune, order, and a two-digit key = 97 − (first 13 digits mod 97), where Corsica's
 * 2A and 2B count as 19 and 18 (INSEE).
 */
export function nirKeyValid(s: string): boolean {
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - mod97(body) === Number(s.slice(13));
}

export const frenchNir: IdDetector = {
  id: 'id.fr-nir',
  labelKey: 'id_fr_nir',
  reasonKey: 'reason_id_fr_nir',
  pattern: /^[1-478]\d{2}(?:0[1-9]|1[0-2]|[2-9]\d)(?:\d{2}|2[AB])\d{8}$/,
  lengths: [15],
  validate: nirKeyValid,
  checksummed: true,
  partOfRun: true,
  jurisdictions: ['gdpr-eu'],
  langs: ['fr'],
};
