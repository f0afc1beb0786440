import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LexicalBox } from '../editors/LexicalBox';
import type { LexicalField } from '../editors/lexical';
import { recordPost } from '../shared';

/**
 * A copy of Threads' feed: a composer (Lexical) for new threads, posts in
 * [data-pressable-container="true"], and the reply dialog — the answered post above a Lexical editor.
 */
const QUESTION = 'Do I need to fast before my cholesterol blood test tomorrow morning at your lab?';

function Composer({ name, onDone }: { name: string; onDone?: () => void }) {
  const field = useRef<LexicalField | null>(null);
  return (
    <div className="composer">
      <LexicalBox name={name} fieldRef={field} onPost={recordPost} />
      <input type="file" accept="image/*,video/*" />
      <div
        role="button"
        tabIndex={0}
        onClick={() => {
          recordPost(field.current!.text());
          field.current!.clear();
          onDone?.();
        }}
      >
        Post
      </div>
    </div>
  );
}

function App() {
  const [replying, setReplying] = useState(false);
  return (
    <main>
      <Composer name="post" />
      <div data-pressable-container="true">
        <a href="/@jordan.k">jordan.k</a>
        <div dir="auto">
          <span>{QUESTION}</span>
        </div>
        <div role="button" tabIndex={0} onClick={() => setReplying(true)}>
          <svg aria-label="Reply" width="18" height="18" />
        </div>
      </div>
      {replying && (
        <div role="dialog">
          <div data-pressable-container="true">
            <div dir="auto">
              <span>{QUESTION}</span>
            </div>
          </div>
          <Composer name="reply" onDone={() => setReplying(false)} />
        </div>
      )}
    </main>
  );
}

createRoot(document.getElementById('threads')!).render(<App />);
