import type { SiteAdapter } from './types';

/** Any site the user enables: plain text fields and rich editors by their standard markers. */
export const generic: SiteAdapter = {
  id: 'generic',
  editor: 'textarea, contenteditable or role=textbox',
  checked: '2026-11-25',
  fields: ['textarea', '[contenteditable="true"]', '[contenteditable=""]', '[contenteditable="plaintext-only"]', '[role="textbox"]'],
  submit: ['button[type="submit"]', 'input[type="submit"]'],
};
