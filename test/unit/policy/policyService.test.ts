import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { describe, expect, it, vi } from 'vitest';
import type { Checker } from '../../../lib/checker/types';
import type { PolicyState } from '../../../lib/policy/merge';
import { POLICY_STATE_KEY } from '../../../lib/policy/client';
import { GOOD_SOURCES_KEY, startPolicyService } from '../../../lib/policy/policyService';
import type { Policy } from '../../../lib/policy/schema';
import { saveUserSettings } from '../../../lib/policy/userSettings';

function recordingCompiler() {
  const compiled: Policy[] = [];
  const compile = (policy: Policy): Checker => {
    compiled.push(policy);
    return { check: () => ({ verdict: 'ok', findings: [], suggestPrivateChannel: false, redacted: '', lang: 'en' }) };
  };
  return { compiled, compile };
}

async function published(): Promise<PolicyState> {
  return (await browser.storage.local.get(POLICY_STATE_KEY))[POLICY_STATE_KEY] as PolicyState;
}

describe('policy service (background)', () => {
  it('resolves the sources at start, compiles the checker and publishes the state', async () => {
    await fakeBrowser.storage.managed.set({ enforcement: 'block' });
    await saveUserSettings({ uiLanguage: 'fr' });
    const { compiled, compile } = recordingCompiler();
    const service = startPolicyService(compile);
    await service.ready;
    await vi.waitFor(() => expect(service.state().policy).toMatchObject({ enforcement: 'block', uiLanguage: 'fr' }));
    expect(service.state().locked).toEqual(['enforcement']);
    // Compiled for the defaults first only if managed storage had not answered yet; the last compile is for the policy in force.
    expect(compiled.at(-1)?.enforcement).toBe('block');
    await vi.waitFor(async () => expect(await published()).toEqual(service.state()));
  });

  it('is ready with the last good managed policy before managed storage answers (Chromium: ~2 s after start)', async () => {
    await browser.storage.local.set({ [GOOD_SOURCES_KEY]: { managed: { enforcement: 'block' }, user: {} } });
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(browser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (answer = resolve)) as never);
    const service = startPolicyService(recordingCompiler().compile);
    await service.ready;
    expect(service.state()).toMatchObject({ policy: { enforcement: 'block' }, locked: ['enforcement'] });
    answer({ enforcement: 'confirm' });
    await vi.waitFor(() => expect(service.state().policy.enforcement).toBe('confirm'));
  });

  it('applies a user setting at once even while managed storage has not answered', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockReturnValue(new Promise(() => undefined) as never);
    const service = startPolicyService(recordingCompiler().compile);
    await service.ready;
    await saveUserSettings({ enforcement: 'confirm' });
    await vi.waitFor(() => expect(service.state().policy.enforcement).toBe('confirm'));
  });

  it('treats a managed storage that throws (Firefox without policy) as no policy', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const service = startPolicyService(recordingCompiler().compile);
    await service.ready;
    expect(service.state()).toMatchObject({ locked: [], problems: [] });
  });

  it('follows managed and user changes, recompiling the checker only when the policy changed', async () => {
    const { compiled, compile } = recordingCompiler();
    const service = startPolicyService(compile);
    await service.ready;
    await fakeBrowser.storage.managed.set({ enforcement: 'confirm' });
    await vi.waitFor(() => expect(service.state().policy.enforcement).toBe('confirm'));
    await saveUserSettings({ allowedTerms: ['#NursesWeek'] });
    await vi.waitFor(() => expect(service.state().policy.allowedTerms).toEqual(['#NursesWeek']));
    expect((await published()).policy.allowedTerms).toEqual(['#NursesWeek']);
    await browser.storage.sync.set({ unrelated: 1 });
    await service.reload();
    expect(compiled.map((p) => [p.enforcement, p.allowedTerms.length])).toEqual([
      ['warn', 0],
      ['confirm', 0],
      ['confirm', 1],
    ]);
  });

  it('keeps the last good managed policy across restarts when the new one is broken, and says why', async () => {
    await fakeBrowser.storage.managed.set({ enforcement: 'block', allowedTerms: ['Mercy Clinic'] });
    startPolicyService(recordingCompiler().compile);
    await vi.waitFor(async () =>
      expect(await browser.storage.local.get(GOOD_SOURCES_KEY)).toEqual({
        [GOOD_SOURCES_KEY]: { managed: { enforcement: 'block', allowedTerms: ['Mercy Clinic'] }, user: {} },
      }),
    );

    // A later start (browser restart) after the admin broke the policy.
    await fakeBrowser.storage.managed.set({ enforcement: 'warn', customPatterns: [{ name: 'MRN', pattern: '(?<=MRN)\\d+' }] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const second = startPolicyService(recordingCompiler().compile);
    await second.ready;
    await vi.waitFor(() => expect(second.state().problems).toHaveLength(1));
    expect(second.state().policy).toMatchObject({ enforcement: 'block', allowedTerms: ['Mercy Clinic'] });
    expect(second.state().locked.sort()).toEqual(['allowedTerms', 'enforcement']);
    expect(second.state().problems.map((p) => [p.source, p.path, p.reason.key])).toEqual([
      ['managed', 'customPatterns[0].pattern', 'policy_error_regex_invalid'],
    ]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('customPatterns[0].pattern'), expect.anything());
  });

  it('keeps checking with the built-in defaults when the sources cannot be read', async () => {
    vi.spyOn(browser.storage.sync, 'get').mockRejectedValue(new Error('sync broken'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const service = startPolicyService(recordingCompiler().compile);
    await service.ready;
    expect(service.state().policy.enforcement).toBe('warn');
    expect(service.checker().check('x').verdict).toBe('ok');
  });
});
