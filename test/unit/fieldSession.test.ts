import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../lib/checker/types';
import { CHECK_DEBOUNCE_MS, watchField, type CheckContext } from '../../lib/page/fieldSession';
import { generic } from '../../lib/sites/generic';
import type { SiteAdapter } from '../../lib/sites/types';

const adapter: SiteAdapter = {
  ...generic,
  replyContext: () => 'is my biopsy back?',
};

function resultFor(text: string): CheckResult {
  const verdict = text.includes('555') ? 'warn' : 'ok';
  return { verdict, findings: [], suggestPrivateChannel: false, redacted: text, lang: 'en' };
}

/** A check whose replies the test releases by hand, in any order. */
function manualCheck() {
  const calls: { text: string; context: CheckContext; resolve: () => void }[] = [];
  const check = (text: string, context: CheckContext) =>
    new Promise<CheckResult>((resolve) => calls.push({ text, context, resolve: () => resolve(resultFor(text)) }));
  return { calls, check };
}

function typeInto(field: HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('watchField', () => {
  let field: HTMLTextAreaElement;
  beforeEach(() => {
    vi.useFakeTimers();
    field = document.createElement('textarea');
    document.body.replaceChildren(field);
  });
  afterEach(() => vi.useRealTimers());

  it('checks once typing pauses, with the reply context and attachment count', async () => {
    const { calls, check } = manualCheck();
    const onResult = vi.fn();
    const session = watchField(field, adapter, check, onResult);
    expect(field.getAttribute('data-safepost')).toBe('watching');
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
    calls.shift()!.resolve();
    typeInto(field, 'call 5');
    typeInto(field, 'call 555');
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => [c.text, c.context])).toEqual([['call 555', { inReplyTo: 'is my biopsy back?', mediaCount: 0 }]]);
    calls[0]!.resolve();
    await vi.waitFor(() => expect(field.getAttribute('data-safepost-verdict')).toBe('warn'));
    expect(session.isCurrent()).toBe(true);
    expect(onResult).toHaveBeenCalledWith(session);

    session.mediaCount = 2;
    expect(session.isCurrent()).toBe(false);
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
    expect(calls[1]!.context.mediaCount).toBe(2);
  });

  it('drops a reply that arrives after the text changed', async () => {
    const { calls, check } = manualCheck();
    const session = watchField(field, adapter, check, () => {});
    typeInto(field, 'call 555');
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
    typeInto(field, 'hello');
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
    const [stale, fresh] = calls;
    fresh!.resolve();
    await vi.waitFor(() => expect(field.getAttribute('data-safepost-verdict')).toBe('ok'));
    stale!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(field.getAttribute('data-safepost-verdict')).toBe('ok');
    expect(session.checkedText).toBe('hello');
  });

  it('checkNow skips the debounce and answers for the current text', async () => {
    const { calls, check } = manualCheck();
    const session = watchField(field, adapter, check, () => {});
    typeInto(field, 'call 555');
    const pending = session.checkNow();
    expect(calls.map((c) => c.text)).toEqual(['call 555']);
    calls[0]!.resolve();
    expect((await pending)?.verdict).toBe('warn');
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS * 2);
    expect(calls).toHaveLength(1); // the debounced check was folded into checkNow
  });

  it('in a rich editor, drops a reply once the text changed, even in the task that brings the reply', async () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.textContent = 'call 555';
    document.body.replaceChildren(editor);
    const { calls, check } = manualCheck();
    const edits = vi.fn();
    const session = watchField(editor, adapter, check, () => {}, edits);
    const first = session.checkNow();
    editor.firstChild!.textContent = 'call 555 now';
    await vi.advanceTimersByTimeAsync(0); // the observer sees the change
    expect(edits).toHaveBeenCalledWith(editor); // at once, before any check of the new text
    calls[0]!.resolve();
    expect(await first).toBeUndefined();

    const second = session.checkNow();
    expect(calls[1]!.text).toBe('call 555 now');
    calls[1]!.resolve();
    editor.append(' please'); // same task as the reply: not yet delivered to the observer
    expect(await second).toBeUndefined();
    expect(session.checkedText).toBeUndefined();
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
    expect(calls[2]!.text).toBe('call 555 now please'); // the change still gets its check
    calls[2]!.resolve();
    await vi.waitFor(() => expect(session.checkedText).toBe('call 555 now please'));
    expect(session.isCurrent()).toBe(true);
  });

  it('stays quiet when the background is gone', async () => {
    const session = watchField(field, adapter, () => Promise.reject(new Error('Extension context invalidated.')), () => {});
    expect(await session.checkNow()).toBeUndefined();
    expect(field.hasAttribute('data-safepost-verdict')).toBe(false);
  });
});
