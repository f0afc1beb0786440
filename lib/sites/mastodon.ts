import type { SiteAdapter } from './types';

/** Mastodon web UI: a React-controlled textarea inside .compose-form. */
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  editor: 'React-controlled <textarea class="autosuggest-textarea__textarea"> in .compose-form',
  checked: '2026-11-25',
  fields: ['.compose-form textarea', 'textarea.autosuggest-textarea__textarea'],
  submit: ['.compose-form button[type="submit"]', '.compose-form__publish button'],
  replyContext: (field) => {
    const form = field.closest('.compose-form');
    const indicator = form?.querySelector<HTMLElement>('.reply-indicator__content, .edit-indicator__content');
    return indicator?.innerText || undefined;
  },
};
