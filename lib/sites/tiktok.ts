import { lastIn, textOf } from './dom';
import { defineSite } from './types';

/**
 * TikTok: the comment box is a Draft.js editor (`.public-DraftEditor-content`) inside
 * `[data-e2e="comment-input"]`, posted with `[data-e2e="comment-post"]` or Enter; the upload page's
 * caption is Draft.js too (TikTok Studio, posted with `[data-e2e="post_video_button"]`). A reply opens
 * under the comment it answers (`[data-e2e="comment-level-1"]`); a top-level comment answers the video's
 * description (`[data-e2e="browse-video-desc"]`, `[data-e2e="video-desc"]`).
 * Checked 2026-11-25 against public automation scripts for tiktok.com (data-e2e markers, Draft.js input).
 */
export const tiktok = defineSite({
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['tiktok.com'],
  subdomains: true,
  editor: 'Draft.js',
  markers: '`[data-e2e="comment-input"] .public-DraftEditor-content`, `[data-e2e="comment-post"]`, `[data-e2e="comment-level-1"]`, `[data-e2e="browse-video-desc"]`',
  checked: '2026-11-25',
  composers: [
    { kind: 'comment', field: '[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]', enterPosts: true },
    { kind: 'post', field: '.public-DraftEditor-content[contenteditable="true"]' },
  ],
  submit: ['[data-e2e="comment-post"]', '[data-e2e="post_video_button"]'],
  attachments: ['input[type="file"]'],
  replyContext: (field) => {
    // A reply box opens inside the item of the comment it answers; the first ancestor holding a whole
    // list of comments is past it, and then the box is the top-level one that answers the video.
    for (let scope = field.parentElement; scope; scope = scope.parentElement) {
      const comments = scope.querySelectorAll('[data-e2e="comment-level-1"]').length;
      if (comments > 1) break;
      if (comments === 1) return textOf(lastIn(scope, '[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]'));
    }
    return textOf(field.ownerDocument.querySelector('[data-e2e="browse-video-desc"], [data-e2e="video-desc"]'));
  },
});
