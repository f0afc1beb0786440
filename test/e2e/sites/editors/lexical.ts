import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND } from 'lexical';

export interface LexicalField {
  /** Lexical's own model: the root's text content. */
  text(): string;
  clear(): void;
  dispose(): void;
}

/**
 * A plain-text Lexical editor on `root`, as Meta's and Reddit's composers set it up: Lexical marks
 * the root with data-lexical-editor="true". `onEnter` posts instead of a new line (comment boxes).
 */
export function mountLexical(root: HTMLElement, options: { onEnter?: () => void } = {}): LexicalField {
  root.contentEditable = 'true';
  root.setAttribute('role', 'textbox');
  const editor = createEditor({ namespace: 'site-copy', onError: (e) => console.error(e) });
  editor.setRootElement(root);
  const dispose = mergeRegister(
    registerPlainText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    options.onEnter
      ? editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            if (event?.shiftKey) return false;
            event?.preventDefault();
            options.onEnter!();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        )
      : () => {},
  );
  const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  return {
    text,
    clear: () =>
      editor.update(() => {
        const rootNode = $getRoot();
        rootNode.clear();
        rootNode.append($createParagraphNode());
      }),
    dispose: () => {
      dispose();
      editor.setRootElement(null);
    },
  };
}
