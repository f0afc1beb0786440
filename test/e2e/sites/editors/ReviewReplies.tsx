import { useState } from 'react';
import { exposeModel, recordPost } from '../shared';

export interface Review {
  id: string;
  author: string;
  text: string;
}

/**
 * A review with its public-reply form: a React-controlled textarea revealed by the site's "reply"
 * button, posted by a submit button. `renderText` marks the review text up as the site does.
 */
export function ReviewWithReply({ review, replyLabel, renderText }: { review: Review; replyLabel: string; renderText: (text: string) => React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  exposeModel(() => text, review.id);
  return (
    <>
      <div className="review-author">{review.author}</div>
      {renderText(review.text)}
      {open ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            recordPost(text);
            setText('');
            setOpen(false);
          }}
        >
          <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">{replyLabel}</button>
        </form>
      ) : (
        <button type="button" className="open-reply" onClick={() => setOpen(true)}>
          {replyLabel}
        </button>
      )}
    </>
  );
}
