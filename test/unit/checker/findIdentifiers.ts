import { detectIdentifiers } from '../../../lib/checker/ids';
import { normalize } from '../../../lib/checker/normalize';
import type { Lang } from '../../../lib/checker/types';

export interface Found {
  /** The finding's text, cut from the original with the offsets mapped back. */
  text: string;
  ruleId: string;
  category: string;
  strength: string;
}

/** Runs normalize + detectIdentifiers and maps every candidate back to the original text. */
export function findIdentifiers(text: string, { lang = 'en', jurisdiction = 'hipaa-us' }: { lang?: Lang; jurisdiction?: string } = {}): Found[] {
  const input = normalize(text);
  return detectIdentifiers(input, { lang, jurisdiction }).map((c) => ({
    text: text.slice(input.toOriginal(c.start), input.toOriginal(c.end)),
    ruleId: c.ruleId,
    category: c.category,
    strength: c.strength,
  }));
}

/** What the text yields for one rule: the matched texts. */
export const matchesOf = (ruleId: string, text: string, options?: Parameters<typeof findIdentifiers>[1]) =>
  findIdentifiers(text, options)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => f.text);

/** Appends the Luhn check digit to a string of digits (computed here, independently of the code under test). */
export function withLuhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** Replaces the last digit with the next one, so a valid check digit becomes invalid. */
export const breakLastDigit = (s: string) => s.slice(0, -1) + String((Number(s.slice(-1)) + 1) % 10);
