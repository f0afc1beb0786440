import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LexicalBox } from '../editors/LexicalBox';
import type { LexicalField } from '../editors/lexical';
import { exposeModel, recordPost } from '../shared';

/**
 * A copy of an Instagram post page: the caption in h1, comments in li with profile links, and the
 * comment form (React-controlled textarea, Enter posts); "New post" opens the create dialog whose
 * caption is a Lexical editor, with its file input.
 */
function CommentForm() {
  const [text, setText] = useState('');
  exposeModel(() => text, 'comment');
  const post = () => {
    if (!text.trim()) return;
    recordPost(text);
    setText('');
  };
  return (
    <form
      className="comment-form"
      method="POST"
      onSubmit={(e) => {
        e.preventDefault();
        post();
      }}
    >
      <textarea
        aria-label="Add a comment…"
        placeholder="Add a comment…"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            post();
          }
        }}
      />
      <div role="button" tabIndex={0} onClick={post}>
        Post
      </div>
    </form>
  );
}

function CreateDialog({ onClose }: { onClose: () => void }) {
  const caption = useRef<LexicalField | null>(null);
  return (
    <div role="dialog" aria-label="Create new post">
      <input type="file" accept="image/jpeg,image/png,video/mp4" />
      <LexicalBox name="caption" fieldRef={caption} onPost={recordPost} />
      <div
        role="button"
        tabIndex={0}
        onClick={() => {
          recordPost(caption.current!.text());
          onClose();
        }}
      >
        Share
      </div>
    </div>
  );
}

function App() {
  const [creating, setCreating] = useState(false);
  return (
    <main>
      <nav>
        <div role="button" tabIndex={0} onClick={() => setCreating(true)}>
          New post
        </div>
      </nav>
      {creating && <CreateDialog onClose={() => setCreating(false)} />}
      <article>
        <header>
          <a href="/riverside.clinic/">riverside.clinic</a>
        </header>
        <h1>Flu shots are now available at every Riverside clinic. No appointment needed!</h1>
        <ul>
          <li>
            <a href="/maria.d/">maria.d</a> <span dir="auto">I got mine on Tuesday and my arm is still swollen, is that normal for me with my lupus?</span>
          </li>
        </ul>
        <CommentForm />
      </article>
    </main>
  );
}

createRoot(document.getElementById('instagram')!).render(<App />);
