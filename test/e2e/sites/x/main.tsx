import { Editor, EditorState } from 'draft-js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeModel, recordPost } from '../shared';

/** A copy of X's home composer and a reply dialog: Draft.js, data-testid markers as on x.com. */
function Composer({ index, placeholder }: { index: number; placeholder: string }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  exposeModel(() => state.getCurrentContent().getPlainText(), index === 0 ? 'default' : 'reply');
  const text = state.getCurrentContent().getPlainText();
  return (
    <div>
      <div className="compose">
        <div className="avatar" />
        <div style={{ flex: 1 }}>
          <Editor
            editorState={state}
            onChange={setState}
            placeholder={placeholder}
            webDriverTestID={`tweetTextarea_${index}`}
            ariaLabel="Post text"
          />
        </div>
      </div>
      <div className="toolbar">
        <button
          type="button"
          data-testid={index === 0 ? 'tweetButtonInline' : 'tweetButton'}
          disabled={!text.trim()}
          onClick={() => {
            recordPost(state.getCurrentContent().getPlainText());
            setState(EditorState.createEmpty());
          }}
        >
          Post
        </button>
      </div>
    </div>
  );
}

function App() {
  const [replying, setReplying] = useState(false);
  return (
    <main>
      <Composer index={0} placeholder="What is happening?!" />
      <article data-testid="tweet">
        <div data-testid="User-Name">Maria D. @mariad</div>
        <div data-testid="tweetText">@clinic is my biopsy result back yet? I had the appointment last Tuesday.</div>
        <button type="button" data-testid="reply" onClick={() => setReplying(true)}>
          Reply
        </button>
      </article>
      {replying && (
        <div role="dialog" aria-modal="true">
          <article data-testid="tweet">
            <div data-testid="tweetText">@clinic is my biopsy result back yet? I had the appointment last Tuesday.</div>
          </article>
          <Composer index={1} placeholder="Post your reply" />
        </div>
      )}
    </main>
  );
}

createRoot(document.getElementById('react-root')!).render(<App />);
