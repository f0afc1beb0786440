import { useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mountTipTap, tipTapText } from '../editors/tiptap';
import { exposeModel, recordPost } from '../shared';

/**
 * A copy of bsky.app (social-app's web build): a feed post with its reply button, and the composer
 * dialog [data-testid="composePostView"] with the TipTap editor, the reply preview (the answered post,
 * with the author's userAvatarImage) and [data-testid="composerPublishBtn"]; Ctrl/Cmd+Enter publishes.
 */
const QUESTION = 'Is the walk-in clinic on Main St open on Sunday? I think my stitches are infected.';

function Composer({ replyTo, onClose }: { replyTo?: string; onClose: () => void }) {
  const host = useRef<HTMLDivElement>(null);
  const publish = useRef<() => void>(() => {});
  useEffect(() => {
    const editor = mountTipTap(host.current!, { onModEnter: () => publish.current() });
    exposeModel(() => tipTapText(editor), replyTo ? 'reply' : 'post');
    publish.current = () => {
      recordPost(tipTapText(editor));
      onClose();
    };
    editor.commands.focus();
    return () => editor.destroy();
  }, [onClose, replyTo]);
  return (
    <div role="dialog" aria-modal="true">
      <div data-testid="composePostView">
        <div className="topbar">
          <button type="button" data-testid="composerDiscardButton" onClick={onClose}>
            Cancel
          </button>
          <button type="button" data-testid="composerPublishBtn" onClick={() => publish.current()}>
            {replyTo ? 'Reply' : 'Post'}
          </button>
        </div>
        {replyTo && (
          <div role="button" tabIndex={0} aria-label="Expand or collapse the full post you are replying to" className="reply-to">
            <img data-testid="userAvatarImage" alt="" width={50} height={50} />
            <div>
              <div className="author">alex.bsky.social</div>
              <div dir="auto">{replyTo}</div>
            </div>
          </div>
        )}
        <div ref={host} className="text-input" />
        <input type="file" accept="image/*,video/*" hidden />
      </div>
    </div>
  );
}

function App() {
  const [composing, setComposing] = useState<{ replyTo?: string } | null>(null);
  const close = useCallback(() => setComposing(null), []);
  return (
    <main>
      <button type="button" data-testid="composeFAB" onClick={() => setComposing({})}>
        New post
      </button>
      <div data-testid="feedItem-by-alex.bsky.social">
        <div data-testid="postText">{QUESTION}</div>
        <button type="button" data-testid="replyBtn" onClick={() => setComposing({ replyTo: QUESTION })}>
          Reply
        </button>
      </div>
      {composing && <Composer replyTo={composing.replyTo} onClose={close} />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
