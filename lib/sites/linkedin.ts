import { closestComposed, textBeside, textOf } from './dom';
import { defineSite } from './types';

/**
 * LinkedIn: the share box (new post) is a Quill editor (`.ql-editor`) rendered inside the open shadow
 * root of `#interop-outlet`; comment boxes are TipTap/ProseMirror (`.tiptap.ProseMirror`) inside
 * `[data-view-name="comment-box"]` (older pages: Quill inside `.comments-comment-box`). A comment
 * answers the feed update it sits in (`[data-view-name="feed-full-update"]`, older `[data-urn]`),
 * whose text is `.update-components-text` or, failing that, everything in the update but the comment box.
 * Checked 2026-11-25 against public extensions documenting LinkedIn's DOM (April 2026: share box in
 * #interop-outlet's shadow root; January 2026: the TipTap comment box and its data-view-name markers).
 */
export const linkedin = defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['linkedin.com'],
  subdomains: true,
  editor: 'Quill in #interop-outlet shadow root (posts), TipTap/ProseMirror (comments)',
  markers: '`#interop-outlet` › `[data-test-modal-id="sharebox"] .ql-editor`, `.share-actions__primary-action`; `[data-view-name="comment-box"] .ProseMirror`, `[data-view-name="comment-post"]`',
  checked: '2026-11-25',
  composers: [
    { kind: 'comment', field: '.ProseMirror[contenteditable="true"]', within: '[data-view-name="comment-box"]' },
    { kind: 'comment', field: '.ql-editor[contenteditable="true"]', within: '.comments-comment-box' },
    { kind: 'post', field: '.ql-editor[contenteditable="true"]', composer: '[data-test-modal-id="sharebox"], .share-box' },
  ],
  submit: ['[data-view-name="comment-post"]', '.comments-comment-box__submit-button', '.share-actions__primary-action'],
  attachments: ['input[type="file"]'],
  replyContext: (field) => {
    const update = closestComposed(field, '[data-view-name="feed-full-update"], [data-urn]');
    if (!update) return undefined;
    return textOf(update.querySelector('.update-components-text')) ?? textBeside(update, field);
  },
});
