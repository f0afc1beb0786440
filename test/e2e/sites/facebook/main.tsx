import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LexicalBox } from '../editors/LexicalBox';
import type { LexicalField } from '../editors/lexical';
import { recordPost } from '../shared';

/**
 * A copy of a Facebook Page's feed: a patient's post with its comment box (Lexical, Enter posts), and
 * the "Create post" dialog that the SPA adds on click (Lexical in form[method=POST]). Markers as on
 * facebook.com: data-lexical-editor, role=article, data-ad-rendering-role="story_message".
 */
function CreatePostDialog({ onClose }: { onClose: () => void }) {
  const field = useRef<LexicalField | null>(null);
  return (
    <div role="dialog" aria-label="Create post">
      <form method="POST" onSubmit={(e) => e.preventDefault()}>
        <LexicalBox name="post" fieldRef={field} onPost={recordPost} />
        <input type="file" accept="image/*,video/*" aria-label="Photo/video" />
        <div
          role="button"
          tabIndex={0}
          aria-label="Post"
          className="post-button"
          onClick={() => {
            recordPost(field.current!.text());
            onClose();
          }}
        >
          Post
        </div>
      </form>
    </div>
  );
}

function App() {
  const [creating, setCreating] = useState(false);
  return (
    <main>
      <div role="button" tabIndex={0} className="composer-trigger" onClick={() => setCreating(true)}>
        What’s on your mind?
      </div>
      {creating && <CreatePostDialog onClose={() => setCreating(false)} />}
      <div role="feed">
        <div role="article" aria-posinset={1}>
          <strong>Maria Diaz</strong>
          <div data-ad-rendering-role="story_message">
            <div dir="auto">My father had his knee replacement at your hospital on Monday. Can someone tell me when he will be discharged?</div>
          </div>
          <form className="comment-form" onSubmit={(e) => e.preventDefault()}>
            <LexicalBox name="comment" enterPosts onPost={recordPost} />
          </form>
        </div>
      </div>
    </main>
  );
}

createRoot(document.getElementById('facebook')!).render(<App />);
