import { lastIn, textOf } from './dom';
import { defineSite } from './types';

/**
 * Instagram web: comments are a plain `<textarea>` in a `form` under the post (Enter posts); the
 * caption of a new post is a Lexical editor (`data-lexical-editor="true"`) in the create dialog. The
 * post's caption is its `h1`; a reply starts with "@handle " and answers that user's latest comment,
 * found by the profile link `a[href="/handle/"]` inside its `li`.
 * Checked 2026-11-25 against public extensions and automation scripts for instagram.com (comment
 * textarea in its form, Lexical caption editor). The Post and Share buttons carry only translated labels,
 * so no submit control is declared: comments are held on Enter.
 */
export const instagram = defineSite({
  id: 'instagram',
  name: 'Instagram',
  hosts: ['instagram.com'],
  subdomains: true,
  editor: 'textarea (comments), Lexical (captions)',
  markers: '`form textarea` (comment), `[data-lexical-editor="true"][contenteditable="true"]` in `[role="dialog"]` (caption), `article h1` (caption text)',
  checked: '2026-11-25',
  composers: [
    { kind: 'comment', field: 'form textarea', composer: 'form', enterPosts: true },
    { kind: 'post', field: '[contenteditable="true"][data-lexical-editor="true"]', within: '[role="dialog"]', composer: '[role="dialog"]' },
  ],
  submit: [],
  attachments: ['input[type="file"]'],
  replyContext: (field) => {
    if (!(field instanceof HTMLTextAreaElement)) return undefined;
    const post = field.closest('article, [role="dialog"]');
    const handle = /^@([\w.]+)\s/.exec(field.value)?.[1];
    const comment = handle ? lastIn(post, `li:has(a[href="/${handle}/"])`) : undefined;
    return textOf(comment) ?? textOf(post?.querySelector('h1'));
  },
});
