import { t } from '../../i18n';
import type { Finding, Lang } from '../types';

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
