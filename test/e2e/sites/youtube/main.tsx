import { exposeModel, html, recordPost } from '../shared';

/**
 * A copy of a YouTube watch page's comments. YouTube's Polymer elements use Shady DOM, so everything
 * is in the document tree, with `style-scope` classes. The comment box starts as a placeholder
 * (#placeholder-area in ytd-comment-simplebox-renderer); a click replaces it with ytd-commentbox and
 * its contenteditable #contenteditable-root, focused. "Reply" under a comment does the same there.
 */
function commentBox(name: string, onDone: () => void): HTMLElement {
  const box = html(`<ytd-commentbox class="style-scope ytd-comment-simplebox-renderer">
      <div id="creation-box" class="style-scope ytd-commentbox">
        <tp-yt-paper-input-container class="style-scope ytd-commentbox">
          <yt-formatted-string id="contenteditable-textarea" class="style-scope ytd-commentbox">
            <div id="contenteditable-root" contenteditable="true" class="style-scope yt-formatted-string" aria-label="Add a comment…"></div>
          </yt-formatted-string>
        </tp-yt-paper-input-container>
      </div>
      <div id="buttons" class="style-scope ytd-commentbox">
        <ytd-button-renderer id="cancel-button" class="style-scope ytd-commentbox"><button type="button">Cancel</button></ytd-button-renderer>
        <ytd-button-renderer id="submit-button" class="style-scope ytd-commentbox"><button type="button">Comment</button></ytd-button-renderer>
      </div>
    </ytd-commentbox>`).firstElementChild as HTMLElement;
  const editor = box.querySelector<HTMLElement>('#contenteditable-root')!;
  // YouTube's own model of the draft is the editor's text.
  const text = () => editor.innerText.replace(/\n$/, '');
  exposeModel(text, name);
  box.querySelector('#submit-button button')!.addEventListener('click', () => {
    recordPost(text());
    onDone();
  });
  box.querySelector('#cancel-button button')!.addEventListener('click', onDone);
  return box;
}

/** Turns a placeholder into a comment box on click, as YouTube does, and back after posting. */
function activate(placeholder: HTMLElement, name: string) {
  placeholder.addEventListener('click', () => {
    const box = commentBox(name, () => box.replaceWith(placeholder));
    placeholder.replaceWith(box);
    box.querySelector<HTMLElement>('#contenteditable-root')!.focus();
  });
}

document.getElementById('content')!.append(
  html(`<ytd-watch-metadata><h1 id="title">Knee replacement recovery: your first two weeks</h1></ytd-watch-metadata>
    <ytd-comments id="comments">
      <ytd-comments-header-renderer>
        <ytd-comment-simplebox-renderer>
          <div id="placeholder-area" class="style-scope ytd-comment-simplebox-renderer" tabindex="0">Add a comment…</div>
        </ytd-comment-simplebox-renderer>
      </ytd-comments-header-renderer>
      <ytd-comment-thread-renderer>
        <ytd-comment-view-model>
          <a id="author-text" href="/@linda">@linda</a>
          <yt-attributed-string id="content-text">Dr. Rao did my knee in March and I still cannot bend it past 90 degrees. Should I come back in before my next appointment?</yt-attributed-string>
          <div id="action-buttons"><button type="button" id="reply-button">Reply</button></div>
          <div id="reply-dialog"></div>
        </ytd-comment-view-model>
      </ytd-comment-thread-renderer>
    </ytd-comments>`),
);

activate(document.querySelector<HTMLElement>('#placeholder-area')!, 'comment');
document.querySelector('#reply-button')!.addEventListener('click', () => {
  const dialog = document.querySelector<HTMLElement>('#reply-dialog')!;
  if (dialog.firstChild) return;
  const box = commentBox('reply', () => box.remove());
  dialog.append(box);
  box.querySelector<HTMLElement>('#contenteditable-root')!.focus();
});
