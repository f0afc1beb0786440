import Quill from 'quill';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { mountTipTap, tipTapText } from '../editors/tiptap';
import { exposeModel, html, recordPost } from '../shared';

/**
 * A copy of LinkedIn's feed. The share box ("Start a post") is rendered, as on linkedin.com, inside
 * the open shadow root of #interop-outlet with a Quill editor (.ql-editor); the feed update's comment
 * box is TipTap (.tiptap.ProseMirror) in [data-view-name="comment-box"].
 */
/**
 * Quill reads the selection from `document`, which Chromium retargets to the shadow host, so in a
 * shadow root it loses the caret after the first keystroke; sites that render Quill in one (as
 * LinkedIn does) read it from the shadow root instead.
 */
function readSelectionInside(quill: Quill, shadow: ShadowRoot & { getSelection?: () => Selection | null }) {
  type QuillSelection = { root: HTMLElement; normalizeNative(range: Range): unknown; getNativeRange(): unknown; hasFocus(): boolean };
  const selection = quill.selection as unknown as QuillSelection;
  selection.getNativeRange = () => {
    const native = shadow.getSelection?.();
    return native?.rangeCount ? selection.normalizeNative(native.getRangeAt(0)) : null;
  };
  selection.hasFocus = () => selection.root.contains(shadow.activeElement);
}

function openShareBox() {
  const outlet = document.getElementById('interop-outlet')!;
  const shadow = outlet.shadowRoot ?? outlet.attachShadow({ mode: 'open' });
  if (shadow.querySelector('[data-test-modal-id="sharebox"]')) return;
  shadow.append(
    html(`<link rel="stylesheet" href="/quill.css">
      <div data-test-modal-id="sharebox" role="dialog" class="share-box">
        <div class="share-creation-state__text-editor"><div class="editor"></div></div>
        <input type="file" accept="image/*,video/*">
        <div class="share-actions"><button type="button" class="share-actions__primary-action">Post</button></div>
      </div>`),
  );
  const box = shadow.querySelector<HTMLElement>('[data-test-modal-id="sharebox"]')!;
  const quill = new Quill(box.querySelector<HTMLElement>('.editor')!, { placeholder: 'What do you want to talk about?' });
  readSelectionInside(quill, shadow);
  // Quill's model text always ends with the newline of its last block.
  const text = () => quill.getText().replace(/\n$/, '');
  exposeModel(text, 'post');
  box.querySelector('.share-actions__primary-action')!.addEventListener('click', () => {
    recordPost(text());
    box.remove();
  });
  quill.focus();
}

function CommentBox() {
  const host = useRef<HTMLDivElement>(null);
  const post = useRef<() => void>(() => {});
  useEffect(() => {
    const editor = mountTipTap(host.current!);
    exposeModel(() => tipTapText(editor), 'comment');
    post.current = () => {
      recordPost(tipTapText(editor));
      editor.commands.clearContent();
    };
    return () => editor.destroy();
  }, []);
  return (
    <div aria-label="Text editor for creating comment">
      <div data-view-name="comment-box" ref={host} />
      <button type="button" data-view-name="comment-post" onClick={() => post.current()}>
        Comment
      </button>
    </div>
  );
}

function App() {
  return (
    <main>
      <div className="share-box-feed-entry">
        <button type="button" className="share-box-feed-entry__trigger" onClick={openShareBox}>
          Start a post
        </button>
      </div>
      <div data-view-name="feed-full-update" role="listitem">
        <div className="update-components-actor">Sam Patel</div>
        <div className="update-components-text">
          <span dir="ltr">Still waiting on my MRI results from your radiology department after two weeks. Who can I call about my scan?</span>
        </div>
        <CommentBox />
      </div>
    </main>
  );
}

createRoot(document.getElementById('linkedin')!).render(<App />);
