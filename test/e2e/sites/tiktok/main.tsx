import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DraftBox } from '../editors/DraftBox';

/**
 * A copy of a TikTok video page's comments: the video description, comments marked with
 * data-e2e="comment-level-1" with a Reply link that opens a Draft.js input under the comment, and the
 * top-level Draft.js input in the footer; Enter or data-e2e="comment-post" posts.
 */
function CommentInput({ name }: { name: string }) {
  return (
    <div className="comment-input-row">
      <div data-e2e="comment-input" className="DivInputEditorContainer">
        <DraftBox
          name={name}
          placeholder="Add comment..."
          render={(post) => (
            <div data-e2e="comment-post" role="button" tabIndex={0} onClick={post}>
              Post
            </div>
          )}
        />
      </div>
    </div>
  );
}

function Comment({ text }: { text: string }) {
  const [replying, setReplying] = useState(false);
  return (
    <div className="DivCommentItemContainer">
      <a data-e2e="comment-username-1" href="/@sunny">sunny</a>
      <p data-e2e="comment-level-1">
        <span dir="">{text}</span>
      </p>
      <span data-e2e="comment-reply-1" role="button" tabIndex={0} onClick={() => setReplying(true)}>
        Reply
      </span>
      {replying && <CommentInput name="reply" />}
    </div>
  );
}

function App() {
  return (
    <main>
      <div data-e2e="browse-video-desc">Three signs your child needs to see a doctor for a fever #pediatrics #health</div>
      <div className="DivCommentListContainer">
        <Comment text="My daughter has had a 39.5 fever for three days and your clinic can't see her until Monday. What should I do?" />
        <Comment text="Great tips, thank you!" />
      </div>
      <div className="DivCommentFooter">
        <CommentInput name="comment" />
      </div>
    </main>
  );
}

createRoot(document.getElementById('tiktok')!).render(<App />);
