import { textOf } from './dom';
import { defineSite } from './types';

const LEXICAL = '[contenteditable="true"][data-lexical-editor="true"]';
const STORY = '[data-ad-rendering-role="story_message"], [data-ad-preview="message"]';

/**
 * Facebook: every composer is a Lexical editor (`data-lexical-editor="true"`, role=textbox). The
 * create-post dialog wraps its editor in `form[method="POST"]`; every other Lexical field is a comment
 * or a reply, posted with Enter. The post a comment answers is the story message of the enclosing
 * `[role="article"]` (or of the dialog the post is opened in); a reply to a comment answers that comment.
 * The Post button carries only a translated aria-label, so no submit control is declared: comments are
 * held on Enter, and the post dialog is covered by the verdict marks only.
 * Checked 2026-11-25 against public automation scripts and extensions for facebook.com's composer.
 */
export const facebook = defineSite({
  id: 'facebook',
  name: 'Facebook',
  hosts: ['facebook.com'],
  subdomains: true,
  editor: 'Lexical',
  markers: '`[data-lexical-editor="true"][contenteditable="true"]`, `[role="dialog"] form[method="POST"]`, `[role="article"]`, `[data-ad-rendering-role="story_message"]`',
  checked: '2026-11-25',
  composers: [
    { kind: 'post', field: LEXICAL, within: '[role="dialog"] form[method="POST"]', composer: 'form[method="POST"]' },
    { kind: 'comment', field: LEXICAL, composer: 'form', enterPosts: true },
  ],
  submit: [],
  attachments: ['input[type="file"]'],
  replyContext: (field) => {
    const article = field.closest('[role="article"]');
    if (article) {
      const story = article.querySelector(STORY);
      if (story) return textOf(story);
      // A comment's own article: its text sits in the first dir=auto block that is not the composer.
      const blocks = [...article.querySelectorAll<HTMLElement>('div[dir="auto"]')].filter((b) => !b.contains(field) && !field.contains(b));
      return textOf(blocks[0]);
    }
    return textOf(field.closest('[role="dialog"]')?.querySelector(STORY));
  },
});
