import { describe, expect, it } from 'vitest';
import { createHandlers, defaultDeps, isTrustedSender, originOf, routeMessage, type MessageOrigin } from '../../lib/backgroundRouter';
import type { CheckResult } from '../../lib/checker/types';
import { DEFAULT_POLICY } from '../../lib/policy/schema';

describe('background message router', () => {
  const handlers = createHandlers(defaultDeps());

  it('answers a check with a verdict for the text', async () => {
    const reply = await routeMessage(handlers, { type: 'check', text: 'Call Mrs Diaz at 555-123-4567 about her surgery' });
    expect(reply).toMatchObject({ verdict: 'block' });
  });

  it('answers ok for benign text', async () => {
    const reply = await routeMessage(handlers, { type: 'check', text: 'Flu shots are available at all clinics this week.' });
    expect(reply).toMatchObject({ verdict: 'ok', findings: [] });
  });

  it.each([
    [null],
    ['check'],
    [{ type: 'nope' }],
    [{ type: 'check' }],
    [{ type: 'check', text: 42 }],
    [{ type: 'check', text: 'x', extra: true }],
  ])('rejects malformed message %j with an error reply', async (message) => {
    const reply = await routeMessage(handlers, message);
    expect(reply).toHaveProperty('error');
    expect((reply as { error: string }).error).toMatch(/Rejected message/);
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const failing = createHandlers({
      ...defaultDeps(),
      checker: () => {
        throw new Error('boom');
      },
    });
    await expect(routeMessage(failing, { type: 'check', text: 'x' })).resolves.toEqual({ error: 'boom' });
  });

  it('answers getPolicy with the effective policy and its locks', async () => {
    await expect(routeMessage(handlers, { type: 'getPolicy' })).resolves.toEqual({ policy: DEFAULT_POLICY, locked: [], problems: [] });
  });

  it('hands every check result to onChecked with the sender origin', async () => {
    const seen: [CheckResult, MessageOrigin][] = [];
    const counting = createHandlers({ ...defaultDeps(), onChecked: (result, origin) => seen.push([result, origin]) });
    const origin = { key: 'tab:1:0', counted: true };
    await routeMessage(counting, { type: 'check', text: 'call me at 555-201-4477' }, origin);
    expect(seen).toHaveLength(1);
    expect(seen[0]![0].verdict).toBe('warn');
    expect(seen[0]![1]).toBe(origin);
  });

  it('tells senders apart: content scripts by tab and frame, pages by path; the options page is not counted', () => {
    expect(originOf({ id: 'x', tab: { id: 7 } as never, frameId: 2 })).toEqual({ key: 'tab:7:2', counted: true });
    expect(originOf({ id: 'x', url: 'chrome-extension://x/popup.html' })).toEqual({ key: 'page:/popup.html', counted: true });
    expect(originOf({ id: 'x', url: 'chrome-extension://x/options.html' })).toEqual({ key: 'page:/options.html', counted: false });
  });

  it('trusts only its own extension as sender', () => {
    expect(isTrustedSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isTrustedSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isTrustedSender({}, 'abc')).toBe(false);
  });
});
