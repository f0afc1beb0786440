import { describe, expect, it, vi } from 'vitest';
import type { EditorKind } from '../../lib/page/composer';
import { chooseEditPath, replaceFieldText, UNDO_GROUP_MS } from '../../lib/page/edit';

/** happy-dom has no execCommand: give the document one the test controls. */
function stubExecCommand(impl: (command: string, ui?: boolean, value?: string) => boolean) {
  const fn = vi.fn(impl);
  Object.defineProperty(document, 'execCommand', { value: fn, configurable: true });
  return fn;
}

function contentEditable(attrs: Record<string, string>): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

describe('chooseEditPath', () => {
  const kinds: EditorKind[] = ['textarea', 'prosemirror', 'lexical', 'draft', 'quill', 'contenteditable'];

  it('pastes into Draft.js everywhere, so its own undo takes the change back', () => {
    for (const engine of ['chromium', 'firefox'] as const) expect(chooseEditPath('draft', engine, false)).toBe('paste');
  });

  it('uses insertText for every other editor in Chromium, light DOM or shadow root', () => {
    for (const kind of kinds.filter((k) => k !== 'draft')) {
      expect(chooseEditPath(kind, 'chromium', false)).toBe('insert-text');
      expect(chooseEditPath(kind, 'chromium', true)).toBe('insert-text');
    }
  });

  it('pastes into ProseMirror and into shadow-root editors in Firefox, where insertText misses the model', () => {
    expect(chooseEditPath('prosemirror', 'firefox', false)).toBe('paste');
    expect(chooseEditPath('lexical', 'firefox', true)).toBe('paste');
    expect(chooseEditPath('quill', 'firefox', true)).toBe('paste');
    expect(chooseEditPath('lexical', 'firefox', false)).toBe('insert-text');
    expect(chooseEditPath('textarea', 'firefox', true)).toBe('insert-text');
  });
});

describe('replaceFieldText', () => {
  it('sets a text control through the prototype setter and an input event when insertText is refused', async () => {
    const field = document.createElement('textarea');
    document.body.replaceChildren(field);
    field.value = 'call Mrs Diaz';
    // Frameworks (React) shadow the instance's value property to notice programmatic writes.
    let ownWrites = 0;
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(field) as string,
      set: (v: string) => {
        ownWrites++;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(field, v);
      },
    });
    stubExecCommand(() => false);
    const inputs: InputEvent[] = [];
    field.addEventListener('input', (e) => inputs.push(e as InputEvent));
    await replaceFieldText(field, 'call [NAME]', { lastInputAt: -Infinity });
    expect(field.value).toBe('call [NAME]');
    expect(ownWrites).toBe(0);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.bubbles).toBe(true);
  });

  it('selects everything, waits a task, then inserts the text in one command (contenteditable)', async () => {
    const field = contentEditable({ 'data-lexical-editor': 'true' });
    document.body.replaceChildren(field);
    const calls: string[] = [];
    stubExecCommand((cmd, _ui, value) => {
      calls.push(value === undefined ? cmd : `${cmd}:${value}`);
      return true;
    });
    const edit = replaceFieldText(field, 'call [NAME]', { engine: 'chromium', lastInputAt: -Infinity });
    expect(calls).toEqual(['selectAll']);
    await edit;
    expect(calls).toEqual(['selectAll', 'insertText:call [NAME]']);
  });

  it('waits until the draft has been still long enough to be a separate undo step', async () => {
    vi.useFakeTimers();
    try {
      const field = contentEditable({ class: 'ProseMirror' });
      document.body.replaceChildren(field);
      const execCommand = stubExecCommand(() => true);
      const edit = replaceFieldText(field, 'call [NAME]', { engine: 'chromium', lastInputAt: performance.now() - 400 });
      await vi.advanceTimersByTimeAsync(UNDO_GROUP_MS - 400 - 1);
      expect(execCommand).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(execCommand).toHaveBeenCalledWith('selectAll');
      await vi.runAllTimersAsync();
      await edit;
    } finally {
      vi.useRealTimers();
    }
  });

  it('pastes into ProseMirror in Firefox and inserts nothing itself', async () => {
    const field = contentEditable({ class: 'ProseMirror' });
    document.body.replaceChildren(field);
    const execCommand = stubExecCommand(() => true);
    const pasted: string[] = [];
    field.addEventListener('paste', (e) => pasted.push((e as ClipboardEvent).clipboardData?.getData('text/plain') ?? ''));
    await replaceFieldText(field, 'call [NAME]', { engine: 'firefox', lastInputAt: -Infinity });
    expect(pasted).toEqual(['call [NAME]']);
    expect(execCommand.mock.calls.map((c) => c[0])).toEqual(['selectAll']);
    expect(field.children).toHaveLength(0);
  });
});
