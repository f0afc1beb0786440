import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../lib/i18n';
import { JURISDICTION_PRESETS } from '../../../lib/policy/jurisdictions';
import { JURISDICTIONS } from '../../../lib/policy/schema';

describe('jurisdiction presets', () => {
  it('exist for every jurisdiction the schema allows, and no other', () => {
    expect(Object.keys(JURISDICTION_PRESETS).sort()).toEqual([...JURISDICTIONS].sort());
  });

  it.each(JURISDICTIONS)('%s names its law and data with message keys that exist', (id) => {
    const preset = JURISDICTION_PRESETS[id];
    for (const key of [preset.labelKey, preset.lawKey, preset.dataKey]) expect(CATALOGS.en[key], key).toBeDefined();
    expect(preset.ageOver).toBeGreaterThanOrEqual(0);
  });

  it('keeps HIPAA Safe Harbor exceptions to HIPAA', () => {
    expect(JURISDICTION_PRESETS['hipaa-us']).toMatchObject({ ageOver: 89, yearAloneAllowed: true, postalPrefixDigits: 3 });
    for (const id of JURISDICTIONS.filter((j) => j !== 'hipaa-us')) {
      expect(JURISDICTION_PRESETS[id]).toMatchObject({ ageOver: 0, yearAloneAllowed: false, postalPrefixDigits: 0 });
    }
  });
});
