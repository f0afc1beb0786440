import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { ID_PATTERNS } from '../../../lib/checker/ids';
import { TEXT_PATTERNS } from '../../../lib/checker/textPatterns';

/**
 * Every regular expression the checker builds in must run in linear time: recheck proves it safe or
 * finds a string that makes it backtrack. Add new built-in patterns to this list.
 */
const BUILT_IN_PATTERNS: readonly RegExp[] = [...ID_PATTERNS, ...TEXT_PATTERNS];

describe('built-in patterns', () => {
  it.each(BUILT_IN_PATTERNS.map((p) => [p.source.length > 70 ? `${p.source.slice(0, 70)}…` : p.source, p] as const))(
    'cannot backtrack catastrophically: %s',
    async (_, pattern) => {
      const result = await check(pattern.source, pattern.flags);
      expect({ pattern: pattern.source, status: result.status }).toEqual({ pattern: pattern.source, status: 'safe' });
    },
    120_000,
  );
});
