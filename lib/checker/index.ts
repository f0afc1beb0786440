import type { Policy } from '../policy/schema';
import { createPlaceholderChecker } from './placeholderCheck';
import type { Checker } from './types';

export type * from './types';

/** Compiles a policy into a checker. */
export function createChecker(policy: Policy): Checker {
  return createPlaceholderChecker(policy.allowedTerms);
}
