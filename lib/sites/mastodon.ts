import { textOf } from './dom';
import { defineSite } from './types';

/**
 * Mastodon's web UI: a React-controlled `<textarea class="autosuggest-textarea__textarea">` inside
 * `.compose-form`; a reply shows the answered post in `.reply-indicator`. Ctrl/Cmd+Enter publishes.
 * Checked 2026-11-25 against mastodon/mastodon's compose form and public userscripts that target it.
 */
export const mastodon = defineSite({
  id: 'mastodon',
  name: 'Mastodon',
  hosts: ['mastodon.social'],
  subdomains: true,
  editor: 'React-controlled textarea',
  markers: '`.compose-form textarea.autosuggest-textarea__textarea`, `.reply-indicator__content`, `.compose-form button[type="submit"]`',
  checked: '2026-11-25',
  composers: [{ kind: 'post', field: '.compose-form textarea', composer: '.compose-form' }],
  submit: ['button[type="submit"]'],
  attachments: ['input[type="file"]'],
  replyContext: (field) =>
    textOf(field.closest('.compose-form')?.querySelector('.reply-indicator__content, .edit-indicator__content')),
});
