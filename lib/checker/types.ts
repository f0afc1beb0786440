/** Languages SafePost detects and speaks. */
export const LANGS = ['en', 'fr', 'es', 'it', 'tr'] as const;
export type Lang = (typeof LANGS)[number];

export type Verdict = 'ok' | 'warn' | 'block';

/** How serious one finding is on its own; the verdict combines them. */
export type Severity = 'info' | 'warn' | 'block';

/**
 * What a finding is. The identifier categories follow HIPAA's Safe Harbor list; HEALTH, PATIENT
 * and PHOTO are the context that turns an identifier into protected health information.
 */
export const CATEGORIES = [
  'NAME',
  'ADDRESS',
  'LOCATION',
  'DATE',
  'AGE',
  'PHONE',
  'EMAIL',
  'URL',
  'HANDLE',
  'IP',
  'ID',
  'CUSTOM',
  'HEALTH',
  'PATIENT',
  'PHOTO',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A message key (see public/_locales) plus the values it interpolates, so every UI can localize it. */
export interface Reason {
  key: string;
  values?: Record<string, string | number>;
}

export interface Finding {
  /**
   * UTF-16 offsets into the original text, end exclusive. A finding about the whole draft rather than
   * some of its text — the images or videos attached to it (ruleId "photo.attachment") — has
   * start = end = 0: it covers no text, is listed first, and redaction leaves the text as it is.
   */
  start: number;
  end: number;
  category: Category;
  severity: Severity;
  ruleId: string;
  reason: Reason;
}

export interface CheckOptions {
  /** The message this draft answers, when it is a reply. */
  inReplyTo?: string;
  /** The author of that message as the site shows them ("@maria_g"), for the private-channel reply. */
  inReplyToAuthor?: string;
  site?: string;
  /** Forces the language; otherwise it is detected from the text. */
  lang?: Lang;
  /** Images or videos attached to the draft (added by the content script). */
  mediaCount?: number;
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  suggestPrivateChannel: boolean;
  /** The localized private-channel reply, when suggestPrivateChannel is true. */
  reply?: string;
  /** The text with each finding replaced by a localized placeholder. */
  redacted: string;
  lang: Lang;
}

export interface Checker {
  check(text: string, options?: CheckOptions): CheckResult;
  /** What in the policy could not be used, in plain words (a refused custom pattern); the rest applies. */
  problems?: readonly string[];
}
