import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeModel, recordPost } from '../shared';

const SAMPLE = 'Sorry your knee surgery on the 12th hurt, Mrs. Diaz. Call us at 555-201-4477.';

/** A plain compose page to try SafePost on when no social site copy is at hand. */
function Demo() {
  const [text, setText] = useState('');
  exposeModel(() => text);
  return (
    <main>
      <h1>SafePost demo compose page</h1>
      <p>
        Type or paste a post below. On this page SafePost runs when you enable it from its toolbar popup (“Enable on this
        site”). Try: <code>{SAMPLE}</code>
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          recordPost(text);
          setText('');
        }}
      >
        <textarea aria-label="Post" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">Post</button>
      </form>
    </main>
  );
}

createRoot(document.getElementById('demo')!).render(<Demo />);
