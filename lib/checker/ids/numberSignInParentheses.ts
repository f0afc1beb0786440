import type { Candidate, Detector } from '../detector';

/**
 * "(n° 2)", "(n.º 1)", "(n. 3)", "(No. 2)": a number sign and a short number, alone in parentheses, say which of
 * several numbered things is meant — a sub-plot of a parcel, the second of two cases between the same
 * parties ("Sauvé c. Canada (no 2)"). A labelled number needs three digits (fewer is a count or a
 * rank), but here the parentheses leave no other reading. The number is the finding.
 */
export const NUMBER_SIGN_IN_PARENTHESES = /\(\s?(?:n\s?[°º]|n\s?\.(?:\s?[oº])?|no\.?)\s?(\d{1,3})(?=\s?\))/gi;

export const detectNumbersInParentheses: Detector = ({ text }) => {
  if (!text.includes('(')) return [];
  const found: Candidate[] = [];
  for (const m of text.matchAll(NUMBER_SIGN_IN_PARENTHESES)) {
    const end = m.index + m[0].length;
    found.push({ start: end - m[1]!.length, end, category: 'ID', ruleId: 'id.reference', reason: { key: 'reason_id_reference' }, strength: 'weak' });
  }
  return found;
};
