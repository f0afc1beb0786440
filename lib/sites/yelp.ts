import { textBeside, textOf } from './dom';
import { defineSite } from './types';

/**
 * Yelp for Business (biz.yelp.com): a public reply to a review is a plain `<textarea>` in a form
 * inside the review's card; the review text is in an element marked with its language (`[lang]`, as
 * on yelp.com), or else the card's text beside the form.
 * Checked 2026-11-25: no public source documents biz.yelp.com's reply form, so the adapter relies
 * on structure (a textarea in a form in a list item or article), not on class names.
 */
export const yelp = defineSite({
  id: 'yelp',
  name: 'Yelp for Business',
  hosts: ['biz.yelp.com'],
  subdomains: false,
  editor: 'textarea',
  markers: '`form textarea` inside the review card (`li`, `article`, `[data-review-id]`); review text `[lang]`',
  checked: '2026-11-25',
  composers: [{ kind: 'review-reply', field: 'form textarea', composer: 'form' }],
  submit: ['button[type="submit"]', 'input[type="submit"]'],
  attachments: [],
  replyContext: (field) => {
    const card = field.closest('[data-review-id], li, article');
    if (!card) return undefined;
    return textOf([...card.querySelectorAll('[lang]')].find((el) => !el.contains(field))) ?? textBeside(card, field);
  },
});
