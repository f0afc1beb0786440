import { lastIn, textOf } from './dom';
import { defineSite } from './types';

/**
 * X (Twitter). Draft.js editor (`.DraftEditor-root` > `.public-DraftEditor-content`) rendered by
 * React Native Web, every control marked with `data-testid`. The same field is a post on the home
 * timeline and a reply in the reply dialog or under the focal post of a status page (the focal
 * `article[data-testid="tweet"]` is the one with tabindex="-1"; status pages are /user/status/id).
 * Ctrl/Cmd+Enter posts; Enter is a new line.
 * Checked 2026-11-25 against public userscripts and extensions that drive x.com's composer
 * (tweetTextarea_0, tweetButton, tweetButtonInline, fileInput; a selector reference captured from
 * x.com/compose/post in January 2026).
 */
export const x = defineSite({
  id: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com'],
  subdomains: true,
  editor: 'Draft.js',
  markers: '`[data-testid^="tweetTextarea_"]` (`.public-DraftEditor-content`), `tweetButton` / `tweetButtonInline`, `fileInput`',
  checked: '2026-11-25',
  composers: [{ kind: 'post', field: '[data-testid^="tweetTextarea_"][contenteditable="true"], .public-DraftEditor-content[contenteditable="true"]' }],
  submit: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  attachments: ['input[data-testid="fileInput"]', 'input[type="file"]'],
  replyContext: (field) => {
    const dialog = field.closest('[role="dialog"]');
    if (dialog) return textOf(lastIn(dialog, 'article[data-testid="tweet"] [data-testid="tweetText"]'));
    // Only a status page (/user/status/id) has a focal post; the timeline is not searched.
    if (!/\/status\//.test(field.ownerDocument.location.pathname)) return undefined;
    return textOf(field.ownerDocument.querySelector('article[data-testid="tweet"][tabindex="-1"] [data-testid="tweetText"]'));
  },
});
