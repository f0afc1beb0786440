import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../findIdentifiers';

/** Every evasion below must still be found, and the finding must cover the original characters. */
describe('numbers written to slip past a filter', () => {
  it.each([
    ['full-width digits', 'SSN ５３６-２２-８７２６', '５３６-２２-８７２６', 'id.us-ssn'],
    ['Arabic-Indic digits', 'NHS ٩٤٣ ٤٧٦ ٥٩١٩', '٩٤٣ ٤٧٦ ٥٩١٩', 'id.uk-nhs'],
    ['mathematical digits', 'T.C. 𝟏𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟏𝟒𝟔', '𝟏𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟏𝟒𝟔', 'id.tr-tc-kimlik'],
    ['zero-width characters inside', 'card 4111\u200b1111\u200c1111\u200d1111', '4111\u200b1111\u200c1111\u200d1111', 'id.payment-card'],
    ['emoji between groups', 'card 4111😀1111😀1111😀1111', '4111😀1111😀1111😀1111', 'id.payment-card'],
    ['dots between groups', 'card 4111.1111.1111.1111', '4111.1111.1111.1111', 'id.payment-card'],
    ['Unicode dashes', 'SSN 536–22—8726', '536–22—8726', 'id.us-ssn'],
    ['keycap digits', 'DNI 1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣Z', '1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣Z', 'id.es-dni'],
    ['digits spaced one by one', 'TC 1 0 0 0 0 0 0 0 1 4 6', '1 0 0 0 0 0 0 0 1 4 6', 'id.tr-tc-kimlik'],
  ])('%s', (_, text, expected, ruleId) => {
    const lang = ruleId === 'id.es-dni' ? 'es' : ruleId === 'id.tr-tc-kimlik' ? 'tr' : 'en';
    const jurisdiction = ruleId === 'id.uk-nhs' ? 'uk' : 'hipaa-us';
    expect(findIdentifiers(text, { lang, jurisdiction })).toContainEqual(expect.objectContaining({ text: expected, ruleId }));
  });

  it('finds a phone written with Arabic-Indic digits and emoji, with offsets in the original', () => {
    const text = 'Appelez le ٠٦ 📞 ١٢ ٣٤ ٥٦ ٧٨ svp';
    expect(findIdentifiers(text, { lang: 'fr' })).toEqual([expect.objectContaining({ text: '٠٦ 📞 ١٢ ٣٤ ٥٦ ٧٨', category: 'PHONE' })]);
  });
});
