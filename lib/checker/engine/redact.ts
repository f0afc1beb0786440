import { t } from '../../i18n';
import { CATEGORIES, type Finding, type Lang } from '../types';

/** The text with each finding replaced by its category's placeholder in the text's language ("[name]", "[nom]", "[ad]"). */
export function redact(text: string, findings: readonly Finding[], lang: Lang): string {
  let out = '';
  let at = 0;
  for (const f of findings) {
    if (f.end === f.start) continue; // composer-level findings (an attached photo) cover no text
    out += text.slice(at, f.start) + t(lang, `placeholder_${f.category}`);
    at = f.end;
  }
  return out + text.slice(at);
}

/** The redacted text without its placeholders: a placeholder's word may be a finding's own ("patient" → "[patient]") and is no leak. */
export function withoutPlaceholders(redacted: string, lang: Lang): string {
  let out = redacted;
  for (const c of CATEGORIES) out = out.split(t(lang, `placeholder_${c}`)).join(' ');
  return out;
}
