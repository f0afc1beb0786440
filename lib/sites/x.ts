import type { SiteAdapter } from './types';

/** X (Twitter): Draft.js editor in a React app; markers are data-testid attributes. */
export const x: SiteAdapter = {
  id: 'x',
  editor: 'Draft.js (DraftEditor-root, .public-DraftEditor-content, data-testid="tweetTextarea_N")',
  checked: '2026-11-25',
  fields: ['[data-testid^="tweetTextarea_"][contenteditable="true"]', '.public-DraftEditor-content[contenteditable="true"]'],
  submit: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  replyContext: (field) => {
    const dialog = field.closest('[role="dialog"]') ?? field.ownerDocument;
    const tweets = dialog.querySelectorAll<HTMLElement>('article[data-testid="tweet"] [data-testid="tweetText"]');
    return tweets.length ? tweets[tweets.length - 1]!.innerText : undefined;
  },
};
