import { defineSite } from './types';

/** Any other site the user enables: plain text fields and rich editors by their standard markers. */
export const generic = defineSite({
  id: 'generic',
  name: '',
  hosts: [],
  subdomains: false,
  editor: 'textarea, contenteditable or role=textbox',
  markers: '`textarea`, `[contenteditable]`, `[role="textbox"]`',
  checked: '2026-11-25',
  composers: [
    {
      kind: 'post',
      field: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], [role="textbox"]',
    },
  ],
  submit: ['button[type="submit"]', 'input[type="submit"]'],
  attachments: ['input[type="file"]'],
});
