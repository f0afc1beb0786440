import { Editor, EditorState } from 'draft-js';
import { useState } from 'react';
import { exposeModel, recordPost } from '../shared';

/**
 * A Draft.js editor whose Enter posts (TikTok's comment box); its model is ContentState's plain text.
 * `render` draws the site's own post control, which posts the same way.
 */
export function DraftBox({ name, placeholder, render }: { name: string; placeholder: string; render: (post: () => void) => React.ReactNode }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const text = state.getCurrentContent().getPlainText();
  exposeModel(() => state.getCurrentContent().getPlainText(), name);
  const post = () => {
    if (!text.trim()) return;
    recordPost(text);
    setState(EditorState.createEmpty());
  };
  return (
    <>
      <Editor
        editorState={state}
        onChange={setState}
        placeholder={placeholder}
        handleReturn={(event) => {
          if (event.shiftKey) return 'not-handled';
          post();
          return 'handled';
        }}
      />
      {render(post)}
    </>
  );
}
