import { analyze } from '../../../../lib/checker/analysis';
import type { Candidate } from '../../../../lib/checker/detector';
import type { TextContext, TextDetector } from '../../../../lib/checker/detectors/types';
import { normalize } from '../../../../lib/checker/normalize';
import { tokenize } from '../../../../lib/checker/text/tokenize';
import type { Lang } from '../../../../lib/checker/types';

export const PROSE: TextContext = { isReply: false, clinical: false, selfReport: false, oldAge: 89, yearAloneAllowed: false };

/** Runs one word detector on a text and returns what it found, as the text's own words plus the rule. */
export function detect(detector: TextDetector, text: string, lang: Lang, context: Partial<TextContext> = {}): Array<[string, string]> {
  const normalized = normalize(text);
  const a = analyze(normalized.text, tokenize(normalized.text), lang);
  return detector(a, { ...PROSE, ...context }).map((c: Candidate) => [text.slice(normalized.toOriginal(c.start), normalized.toOriginal(c.end)), c.ruleId]);
}

/** The matched texts, each once, in order (detectors may propose one span by several rules; the engine keeps one). */
export function found(detector: TextDetector, text: string, lang: Lang, context: Partial<TextContext> = {}): string[] {
  return [...new Set(detect(detector, text, lang, context).map(([t]) => t))];
}
