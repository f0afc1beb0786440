import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/**
 * A TipTap (ProseMirror) editor in `element`, configured like Bluesky's and LinkedIn's comment boxes:
 * paragraphs only, blocks joined by newlines in the model text; Ctrl/Cmd+Enter calls `onModEnter`.
 */
export function mountTipTap(element: HTMLElement, options: { onModEnter?: () => void } = {}): Editor {
  return new Editor({
    element,
    extensions: [StarterKit.configure({ heading: false, codeBlock: false, blockquote: false, horizontalRule: false })],
    editorProps: {
      handleKeyDown: (_view, event) => {
        if (options.onModEnter && (event.ctrlKey || event.metaKey) && event.key === 'Enter') {
          options.onModEnter();
          return true;
        }
        return false;
      },
    },
  });
}

/** ProseMirror's own model text, blocks separated by newlines. */
export function tipTapText(editor: Editor): string {
  return editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n');
}
