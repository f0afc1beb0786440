import { editorOf, type EditorKind } from './composer';
import { isTextControl } from './fieldText';

export type Engine = 'chromium' | 'firefox';

/**
 * How text reaches an editor's own model:
 * - `insert-text`: select all, then execCommand('insertText') — the browser edits the DOM as if the
 *   user typed, each editor reads that back into its model, and the change is one undo step;
 * - `paste`: select all, then a synthetic paste event carrying the text — the editor's paste
 *   handler applies it through its own transactions. Used for Draft.js, which files a DOM edit it
 *   did not see coming as a "spellcheck change" whose undo it leaves to the browser (the model goes
 *   back, the screen does not), while a paste is its own undoable change; and where execCommand's
 *   edit does not reach the model: ProseMirror in Firefox, and editors in shadow roots in Firefox
 *   (whose execCommand does not see a selection inside a shadow tree).
 * Text controls always use insert-text (it keeps their undo history), with the value setter as the
 * fallback when the browser refuses.
 */
export type EditPath = 'insert-text' | 'paste';

export function chooseEditPath(kind: EditorKind, engine: Engine, inShadowRoot: boolean): EditPath {
  if (kind === 'draft') return 'paste';
  if (kind === 'textarea' || engine !== 'firefox') return 'insert-text';
  return kind === 'prosemirror' || inShadowRoot ? 'paste' : 'insert-text';
}

export function currentEngine(): Engine {
  return import.meta.env.FIREFOX ? 'firefox' : 'chromium';
}

/** Lexical and ProseMirror read the selection from the asynchronous selectionchange event, and
 * Lexical renders its model into the DOM a task after an input event: wait one task each time. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Editors fold changes made within a short time of each other into one undo step (Lexical and
 * Quill 1 s by default, ProseMirror 0.5 s), so a replacement right after typing would be undone
 * together with the typing. Edits wait until the draft has been still for this long.
 */
export const UNDO_GROUP_MS = 1000;

export interface EditOptions {
  /** performance.now() of the draft's last change. */
  lastInputAt?: number;
  engine?: Engine;
}

/**
 * Replaces the whole text of a compose field through its editor, as one step its own undo
 * (Ctrl/Cmd+Z) reverts, and resolves once the editor shows the new text. Never inserts elements.
 */
export async function replaceFieldText(field: HTMLElement, text: string, { lastInputAt = 0, engine = currentEngine() }: EditOptions = {}): Promise<void> {
  const still = performance.now() - lastInputAt;
  if (still < UNDO_GROUP_MS) await new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS - still));
  if (isTextControl(field)) {
    replaceInTextControl(field, text);
    return;
  }
  const path = chooseEditPath(editorOf(field), engine, field.getRootNode() instanceof ShadowRoot);
  field.focus();
  document.execCommand('selectAll');
  await nextTask();
  if (path === 'paste') {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  } else if (text) {
    document.execCommand('insertText', false, text);
  } else {
    document.execCommand('delete');
  }
  await nextTask();
}

function replaceInTextControl(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  field.focus();
  field.select();
  const done = text ? document.execCommand('insertText', false, text) : document.execCommand('delete');
  if (done && field.value === text) return;
  // React and other frameworks track the value through the prototype's setter: set it there, then
  // tell them with an input event, as typing would.
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  setter?.call(field, text);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
}
