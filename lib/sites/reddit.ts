import { closestComposed, textOf } from './dom';
import { defineSite } from './types';

/**
 * Reddit (shreddit): comment and reply boxes are Lexical editors (`data-lexical-editor="true"`,
 * role=textbox) belonging to the `shreddit-composer` web component — rendered inside its open shadow
 * root or slotted into it — with the submit button slotted as `button[slot="submit-button"]`. A reply
 * answers the `shreddit-comment` it sits in (text in its `[slot="comment"]`); a top-level comment
 * answers the `shreddit-post` (title `[slot="title"]`, body `[slot="text-body"]`).
 * Checked 2026-11-25 against public automation scripts and extensions for reddit.com's comment composer.
 */
export const reddit = defineSite({
  id: 'reddit',
  name: 'Reddit',
  hosts: ['reddit.com'],
  subdomains: true,
  editor: 'Lexical in the shreddit-composer web component (open shadow root)',
  markers: '`shreddit-composer` › `[data-lexical-editor="true"][contenteditable="true"]`, `button[slot="submit-button"]`, `shreddit-comment [slot="comment"]`, `shreddit-post`',
  checked: '2026-11-25',
  composers: [
    { kind: 'comment', field: '[contenteditable="true"][data-lexical-editor="true"]', within: 'shreddit-composer', composer: 'shreddit-composer' },
  ],
  submit: ['button[slot="submit-button"]', 'button[type="submit"]'],
  attachments: ['input[type="file"]'],
  replyContext: (field) => {
    const comment = closestComposed(field, 'shreddit-comment');
    if (comment) return textOf(comment.querySelector(':scope > [slot="comment"]'));
    const post = field.ownerDocument.querySelector('shreddit-post');
    const parts = [textOf(post?.querySelector('[slot="title"]')), textOf(post?.querySelector('[slot="text-body"]'))];
    return parts.filter(Boolean).join('\n') || undefined;
  },
});
