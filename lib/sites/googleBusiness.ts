import { textBeside } from './dom';
import { defineSite } from './types';

/**
 * Google Business Profile (business.google.com): replying to a review opens a reply box — a plain
 * `<textarea>` — in the review's card or in a dialog next to the review; Google's class names are
 * generated, so the adapter relies on structure: the answered review is the card's (or dialog's)
 * text beside the reply form.
 * Checked 2026-11-25: no public source documents the reply box's markers.
 */
export const googleBusiness = defineSite({
  id: 'google-business',
  name: 'Google Business Profile',
  hosts: ['business.google.com'],
  subdomains: false,
  editor: 'textarea',
  markers: '`textarea` in a review card (`[data-review-id]`, `[role="listitem"]`, `[role="dialog"]`); review text beside it',
  checked: '2026-11-25',
  composers: [{ kind: 'review-reply', field: 'textarea' }],
  submit: ['button[type="submit"]'],
  attachments: [],
  replyContext: (field) => {
    const card = field.closest('[data-review-id], [role="listitem"], [role="dialog"], article, li');
    return card ? textBeside(card, field) : undefined;
  },
});
