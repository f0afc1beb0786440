import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeModel, recordPost } from '../shared';

/** A copy of Mastodon's compose form: a React-controlled textarea, optional reply indicator. */
function ComposeForm() {
  const [text, setText] = useState('');
  const replyTo = new URLSearchParams(location.search).get('reply');
  exposeModel(() => text);
  return (
    <form
      className="compose-form"
      onSubmit={(e) => {
        e.preventDefault();
        recordPost(text);
        setText('');
      }}
    >
      {replyTo && (
        <div className="reply-indicator">
          <div className="reply-indicator__content">{replyTo}</div>
        </div>
      )}
      <div className="autosuggest-textarea">
        <textarea
          className="autosuggest-textarea__textarea"
          placeholder="What's on your mind?"
          aria-label="What's on your mind?"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="compose-form__publish">
        <div className="compose-form__publish-button-wrapper">
          <button type="submit">Publish!</button>
        </div>
      </div>
    </form>
  );
}

createRoot(document.getElementById('mastodon')!).render(<ComposeForm />);
