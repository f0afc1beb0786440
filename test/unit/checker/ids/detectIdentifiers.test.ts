import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectIdentifiers, ID_DETECTORS } from '../../../../lib/checker/ids';
import { JURISDICTIONS } from '../../../../lib/policy/schema';
import { normalize } from '../../../../lib/checker/normalize';
import { LANGS } from '../../../../lib/checker/types';
import { CATALOGS } from '../../../../lib/i18n';

describe('detectIdentifiers', () => {
  it('keeps the stronger candidate where two overlap: a valid card over a phone-like reading', () => {
    const found = detectIdentifiers(normalize('Tel 4111 1111 1111 1111'), { lang: 'en', jurisdiction: 'hipaa-us' });
    expect(found.map((c) => [c.ruleId, c.strength])).toEqual([['id.payment-card', 'checksum']]);
  });

  it('does not report what is inside a link', () => {
    const found = detectIdentifiers(normalize('read http://example.com/comment-47513644 and SSN 536-22-8726'), { lang: 'en', jurisdiction: 'hipaa-us' });
    expect(found.map((c) => c.category)).toEqual(['URL', 'ID']);
  });

  it('names every identifier and explains every finding in all five languages', () => {
    for (const d of ID_DETECTORS) {
      for (const lang of LANGS) {
        expect({ lang, key: d.labelKey, has: d.labelKey in CATALOGS[lang] }).toEqual({ lang, key: d.labelKey, has: true });
        expect({ lang, key: d.reasonKey, has: d.reasonKey in CATALOGS[lang] }).toEqual({ lang, key: d.reasonKey, has: true });
      }
    }
  });

  const pieces = fc.constantFrom(
    '4111 1111 1111 1111', 'SSN 536-22-8726', 'NHC: 368503', '+33 6 12 34 56 78', 'a@b.co', 'http://x.com/jdoe', '@jdoe',
    '10.0.0.1', 'fe80::1', 'SW1A 1AA', ' ', '\u200b', '😀', '٣', '-', '.', '/', 'x', 'é', '\ud800', '12', '2A', ', ', ' et ', 'n°',
  );
  const texts = fc.oneof(
    fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
    fc.string({ maxLength: 300 }),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((c) => String.fromCharCode(...c)),
  );

  it('never throws; candidates are in bounds, sorted and never overlap', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...LANGS), fc.constantFrom(...JURISDICTIONS), (text, lang, jurisdiction) => {
        const input = normalize(text);
        const found = detectIdentifiers(input, { lang, jurisdiction });
        let end = 0;
        for (const c of found) {
          expect(c.start).toBeGreaterThanOrEqual(end);
          expect(c.end).toBeGreaterThan(c.start);
          expect(c.end).toBeLessThanOrEqual(input.text.length);
          end = c.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['digits spaced one by one', '1 '.repeat(500_000)],
    ['an email every few characters', 'a@b.co '.repeat(140_000)],
    ['colons', '1:'.repeat(500_000)],
    ['at signs', '@'.repeat(1_000_000)],
  ])('handles a 1 MB paste of %s', (_, text) => {
    const found = detectIdentifiers(normalize(text), { lang: 'en', jurisdiction: 'hipaa-us' });
    expect(found.every((c, i) => i === 0 || c.start >= found[i - 1]!.end)).toBe(true);
  }, 120_000);

  it('handles a 1 MB paste of dense numbers', () => {
    const text = 'NHC: 368503. Tel 06 12 34 56 78, card 4111 1111 1111 1111 — 1 2 3 4 5 6 7 8 9 0 '.repeat(12_000);
    const found = detectIdentifiers(normalize(text), { lang: 'fr', jurisdiction: 'gdpr-eu' });
    expect(found.length).toBeGreaterThan(30_000);
  }, 60_000);
});
