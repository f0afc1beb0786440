import { describe, expect, it } from 'vitest';
import { frenchNir } from '../../../../lib/checker/ids/frenchNir';
import { findIdentifiers, matchesOf } from '../findIdentifiers';

/** The key is 97 − (first 13 digits mod 97); Corsica's 2A and 2B count as 19 and 18. */
function nirFrom(thirteen: string): string {
  const body = BigInt(thirteen.replace('2A', '19').replace('2B', '18'));
  return thirteen + String(97n - (body % 97n)).padStart(2, '0');
}

describe('French NIR', () => {
  it('validates the key', () => {
    const nir = nirFrom('2830624729096');
    expect(frenchNir.pattern.test(nir) && frenchNir.validate(nir)).toBe(true);
    expect(frenchNir.validate(nir.slice(0, 13) + String((Number(nir.slice(13)) % 97) + 1).padStart(2, '0'))).toBe(false);
  });

  it('computes the key of Corsican numbers (2A, 2B) with 19 and 18', () => {
    for (const thirteen of ['185052A123456', '292112B045012']) {
      const nir = nirFrom(thirteen);
      expect(frenchNir.pattern.test(nir) && frenchNir.validate(nir)).toBe(true);
    }
  });

  it('checks sex and month', () => {
    expect(frenchNir.pattern.test(nirFrom('5830624729096'))).toBe(false);
    expect(frenchNir.pattern.test(nirFrom('2831324729096'))).toBe(false);
    expect(frenchNir.pattern.test(nirFrom('2830024729096'))).toBe(false);
  });

  it('is found however it is spaced, even spaced digit by digit after a date', () => {
    const nir = nirFrom('1850578006084');
    const printed = `${nir[0]} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}`;
    expect(matchesOf('id.fr-nir', `N° de sécu : ${printed}`, { lang: 'fr' })).toEqual([printed]);
    const spaced = [...nir].join(' ');
    expect(findIdentifiers(`né le 1 2 0 5 1 9 8 5 ${spaced}`, { lang: 'fr' }).map((f) => [f.ruleId, f.strength])).toContainEqual([
      'id.fr-nir',
      'checksum',
    ]);
  });

  it('applies to French posts under any preset, and to the EU preset in any language', () => {
    const nir = nirFrom('2830624729096');
    expect(matchesOf('id.fr-nir', `n° ${nir}`, { lang: 'fr', jurisdiction: 'hipaa-us' })).toEqual([nir]);
    expect(matchesOf('id.fr-nir', `no ${nir}`, { lang: 'en', jurisdiction: 'gdpr-eu' })).toEqual([nir]);
    expect(matchesOf('id.fr-nir', `no ${nir}`, { lang: 'en', jurisdiction: 'hipaa-us' })).toEqual([]);
  });
});
