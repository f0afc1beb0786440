import type { IdDetector } from './types';

/**
 * Spanish Social Security affiliation number (NAF / número de afiliación, NUSS): two digits of
 * province, eight of number, two of control = (province and number read as one number) mod 97,
 * where a number below 10,000,000 is first added to province × 10,000,000 (Tesorería General de la
 * Seguridad Social).
 */
export const spanishNaf: IdDetector = {
  id: 'id.es-naf',
  labelKey: 'id_es_naf',
  reasonKey: 'reason_id_es_naf',
  pattern: /^\d{12}$/,
  lengths: [12],
  validate: (s) => {
    const province = Number(s.slice(0, 2));
    const number = Number(s.slice(2, 10));
    const base = number < 10_000_000 ? number + province * 10_000_000 : Number(s.slice(0, 10));
    return province > 0 && base % 97 === Number(s.slice(10));
  },
  checksummed: true,
  partOfRun: true,
  jurisdictions: ['gdpr-eu'],
  langs: ['es'],
};
