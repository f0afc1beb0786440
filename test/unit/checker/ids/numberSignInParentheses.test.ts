import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../lib/checker/types';
import { findIdentifiers, matchesOf } from '../findIdentifiers';

describe('a number sign and a short number in parentheses', () => {
  it.each<[Lang, string, string]>([
    ['fr', 'une citerne (n° 2), plantation de citronniers', '2'],
    ['fr', "l'affaire Sauvé c. Canada ( no 1 ) de 1992", '1'],
    ['es', 'un depósito ( n . o 2 ) , plantación', '2'],
    ['es', 'la finca (n.º 14) del demandante', '14'],
    ['it', 'il terreno (n. 3) del ricorrente', '3'],
    ['en', 'Hirst v. the United Kingdom (No. 2)', '2'],
  ])('%s: %s', (lang, text, expected) => {
    expect(matchesOf('id.reference', text, { lang })).toEqual([expected]);
  });

  it('is a weak reference number', () => {
    expect(findIdentifiers('(n° 2)', { lang: 'fr' })).toEqual([{ text: '2', ruleId: 'id.reference', category: 'ID', strength: 'weak' }]);
  });

  it('needs the parentheses closed right after the number, and a number sign', () => {
    for (const [text, lang] of [
      ['Heart disease (No. 1 killer) strikes again', 'en'],
      ['(no, 2 days later)', 'en'],
      ['voir la note (2)', 'fr'],
      ['el piso (ano 2)', 'es'],
      ['n° 2 sans parenthèses', 'fr'],
      ['la Ley (30/1992)', 'es'],
    ] as const) {
      expect(findIdentifiers(text, { lang }), text).toEqual([]);
    }
  });
});
