import { describe, expect, it } from 'vitest';
import { spanishDni } from '../../../../lib/checker/ids/spanishDni';
import { matchesOf } from '../findIdentifiers';

const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dniFrom = (digits: string) => digits + LETTERS[Number(digits) % 23];

describe('Spanish DNI and NIE', () => {
  it('validates the letter of DNI and NIE numbers', () => {
    expect(spanishDni.validate('12345678Z')).toBe(true);
    expect(spanishDni.validate(dniFrom('00000023'))).toBe(true);
    expect(spanishDni.validate('X1234567L')).toBe(true);
    expect(spanishDni.validate('Y1234567X')).toBe(true); // Y counts as 1: 11234567 mod 23 = 10 → X
    expect(spanishDni.validate('12345678A')).toBe(false);
    expect(spanishDni.validate('X1234567T')).toBe(false);
  });

  it.each(['12345678Z', '12345678-Z', '12.345.678-Z', '12345678 z', 'X-1234567-L', 'x1234567l'])('finds %s in a Spanish post', (written) => {
    expect(matchesOf('id.es-dni', `DNI ${written}, paciente`, { lang: 'es' })).toEqual([written]);
  });

  it('does not take part of a longer code', () => {
    expect(matchesOf('id.es-dni', 'lote AB12345678Z9', { lang: 'es' })).toEqual([]);
  });
});
