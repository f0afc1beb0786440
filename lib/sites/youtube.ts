import { textOf } from './dom';
import { defineSite } from './types';

/**
 * YouTube: comment and reply boxes are `ytd-commentbox` Polymer elements rendered with Shady DOM (no
 * real shadow root: their nodes carry `style-scope ytd-commentbox` classes and are reachable from the
 * document). The box first shows a placeholder (`#placeholder-area` in `ytd-comment-simplebox-renderer`);
 * a click replaces it with a contenteditable `#contenteditable-root` and focuses it, which is when
 * SafePost finds it. Submit is `#submit-button`; Enter is a new line. A reply answers the comment it is
 * opened under (`ytd-comment-view-model`, older `ytd-comment-renderer`, text in `#content-text`).
 * Checked 2026-11-25 against public userscripts and extensions that fill YouTube's comment box.
 */
export const youtube = defineSite({
  id: 'youtube',
  name: 'YouTube',
  hosts: ['youtube.com'],
  subdomains: true,
  editor: 'contenteditable in ytd-commentbox (Polymer, Shady DOM), created on click on the placeholder',
  markers: '`ytd-commentbox #contenteditable-root[contenteditable]`, `#placeholder-area`, `#submit-button`, `ytd-comment-view-model #content-text`',
  checked: '2026-11-25',
  composers: [{ kind: 'comment', field: '#contenteditable-root[contenteditable="true"]', within: 'ytd-commentbox', composer: 'ytd-commentbox' }],
  submit: ['#submit-button button', '#submit-button'],
  attachments: [],
  replyContext: (field) => textOf(field.closest('ytd-comment-view-model, ytd-comment-renderer')?.querySelector('#content-text')),
});
