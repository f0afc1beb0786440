import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, defaultDeps, isTrustedSender, routeMessage } from '../../lib/backgroundRouter';
import { MAX_TEXT, requestSchema, type Request, type RequestType } from '../../lib/messages';

/**
 * Every message between contexts is validated on receipt. One valid example per message type is the
 * seed; each is then broken every way a confused or hostile sender could, and must be refused
 * without reaching a handler.
 */
const VALID: { [T in RequestType]: Extract<Request, { type: T }> } = {
  check: { type: 'check', text: 'call 555-201-4477', inReplyTo: 'is my result back?', site: 'x', lang: 'en', mediaCount: 1 },
  ping: { type: 'ping' },
  getPolicy: { type: 'getPolicy' },
};

const schemaTypes = requestSchema.options.map((o) => o.entries.type.literal as RequestType);

/** Values that are wrong for a field holding a string, or a count. */
const NOT_A_STRING: unknown[] = [null, 0, true, [], {}, ['a'], { nested: { deep: 1 } }, 'x'.repeat(MAX_TEXT + 1)];
const NOT_A_COUNT: unknown[] = [null, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9, '1', [], {}];

function malformedVariants(type: RequestType, valid: Record<string, unknown>): [string, unknown][] {
  const entries = requestSchema.options.find((o) => o.entries.type.literal === type)!.entries as Record<string, { type: string }>;
  const variants: [string, unknown][] = [
    ['an extra key', { ...valid, extra: 1 }],
    ['a __proto__ key', JSON.parse(`{${JSON.stringify('__proto__')}:{"polluted":true},${JSON.stringify('type')}:${JSON.stringify(valid.type)}}`)],
    ['a constructor key', { ...valid, constructor: { prototype: { polluted: true } } }],
    ['the type in other case', { ...valid, type: String(valid.type).toUpperCase() }],
    ['the type as a number', { ...valid, type: 1 }],
    ['no type', Object.fromEntries(Object.entries(valid).filter(([k]) => k !== 'type'))],
    ['an array of it', [valid]],
    ['it as JSON text', JSON.stringify(valid)],
  ];
  for (const key of Object.keys(valid).filter((k) => k !== 'type')) {
    if (entries[key]?.type !== 'optional') variants.push([`${key} missing`, { ...valid, [key]: undefined }]);
    for (const wrong of typeof valid[key] === 'number' ? NOT_A_COUNT : NOT_A_STRING) {
      variants.push([`${key} = ${JSON.stringify(wrong)?.slice(0, 30)}`, { ...valid, [key]: wrong }]);
    }
  }
  return variants;
}

function spyHandlers() {
  const handlers = createHandlers(defaultDeps());
  for (const key of Object.keys(handlers) as RequestType[]) vi.spyOn(handlers, key);
  return handlers;
}

describe('messages between contexts', () => {
  it('has a valid example for every message type the schema declares', () => {
    expect(Object.keys(VALID).sort()).toEqual([...schemaTypes].sort());
    for (const message of Object.values(VALID)) expect(v.safeParse(requestSchema, message).success).toBe(true);
  });

  describe.each(schemaTypes)('%s', (type) => {
    const valid = VALID[type] as unknown as Record<string, unknown>;

    it('is answered when well formed', async () => {
      const reply = await routeMessage(createHandlers(defaultDeps()), valid);
      expect(reply).not.toHaveProperty('error');
    });

    it.each(malformedVariants(type, valid))('is refused with %s, before any handler runs', async (_label, message) => {
      const handlers = spyHandlers();
      const reply = await routeMessage(handlers, message);
      expect(reply).toEqual({ error: expect.stringMatching(/^Rejected message/) });
      for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('never throws, and answers anything that is not a valid request with an error (fuzzed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(...schemaTypes, 'other') }, { requiredKeys: [] })), async (message) => {
        const reply = await routeMessage(createHandlers(defaultDeps()), message);
        const valid = v.safeParse(requestSchema, message).success;
        expect('error' in (reply as object)).toBe(!valid);
      }),
      { numRuns: 300 },
    );
  });

  it('listens only to its own extension: pages and other extensions are not senders', () => {
    expect(isTrustedSender({ id: 'self', url: 'https://x.com/home', tab: { id: 1 } as never }, 'self')).toBe(true);
    expect(isTrustedSender({ id: 'other-extension' }, 'self')).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/' }, 'self')).toBe(false);
  });
});
