import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, defaultDeps, isTrustedSender, routeMessage } from '../../lib/backgroundRouter';
import { STORED_POLICY_KEY } from '../../lib/policy/storedPolicy';

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

  it('answers the stored policy, and the defaults when it is missing or malformed', async () => {
    expect(await routeMessage(handlers, { type: 'policy' })).toMatchObject({ enforcement: 'warn' });
    await fakeBrowser.storage.sync.set({ [STORED_POLICY_KEY]: { enforcement: 'block' } });
    expect(await routeMessage(handlers, { type: 'policy' })).toMatchObject({ enforcement: 'block', uiLanguage: 'auto' });
    await fakeBrowser.storage.sync.set({ [STORED_POLICY_KEY]: { enforcement: 'never' } });
    expect(await routeMessage(handlers, { type: 'policy' })).toMatchObject({ enforcement: 'warn' });
  });

  it('trusts only its own extension as sender', () => {
    expect(isTrustedSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isTrustedSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isTrustedSender({}, 'abc')).toBe(false);
  });
});
