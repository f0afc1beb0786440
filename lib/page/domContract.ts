import type { CheckResult } from '../checker/types';

/**
 * The attributes SafePost sets on the pages it watches. Tests and admins rely on them; keep stable.
 */
export const ATTR_WATCHING = 'data-safepost';
export const ATTR_VERDICT = 'data-safepost-verdict';
export const ATTR_FINDINGS = 'data-safepost-findings';
export const ATTR_ACTION = 'data-safepost-action';

export function markWatching(field: HTMLElement): void {
  field.setAttribute(ATTR_WATCHING, 'watching');
}

export function markResult(field: HTMLElement, result: Pick<CheckResult, 'verdict' | 'findings'>): void {
  field.setAttribute(ATTR_VERDICT, result.verdict);
  field.setAttribute(ATTR_FINDINGS, String(result.findings.length));
}

/** Removes every mark, when SafePost stops watching a field (the verdict would otherwise go stale). */
export function unmarkField(field: HTMLElement): void {
  for (const attr of [ATTR_WATCHING, ATTR_VERDICT, ATTR_FINDINGS]) field.removeAttribute(attr);
}

export function isWatched(field: HTMLElement): boolean {
  return field.getAttribute(ATTR_WATCHING) === 'watching';
}

/** Tag of the one element SafePost adds to a page: the open shadow-root host of its inline UI. */
export const UI_HOST_TAG = 'safepost-ui';
