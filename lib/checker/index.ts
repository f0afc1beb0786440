import type { Policy } from '../policy/schema';
import { compileChecker } from './engine/checker';
import type { Checker } from './types';

export type * from './types';
export { DEFAULT_REPLY_TEMPLATES } from './replyTemplates';

/** Compiles a policy into a checker: synchronous, deterministic, no browser API. */
export function createChecker(policy: Policy): Checker {
  return compileChecker(policy);
}
