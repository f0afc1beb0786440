import type { Page } from 'playwright-core';

export interface SiteCase {
  name: string;
  site: string;
  host: string;
  path: string;
  /** Clicks after which the app adds the field (a dialog, a reply box, a placeholder). */
  open?: (page: Page) => Promise<void>;
  /** The field; Playwright's CSS selectors reach into open shadow roots. */
  field: string;
  /** The editor's model, as the copy names it for __model(). */
  model: string;
  /** The message the field answers, which the check must carry as context. */
  answers?: string;
}

const click = (selector: string) => (page: Page) => page.locator(selector).first().click();

/** Every kind of compose field on every site copy: where it is, how to open it, its editor model. */
export const SITE_CASES: SiteCase[] = [
  { name: 'X post (Draft.js)', site: 'x', host: 'x.com', path: '/home', field: '[data-testid="tweetTextarea_0"]', model: 'default' },
  {
    name: 'X reply dialog (Draft.js)',
    site: 'x',
    host: 'x.com',
    path: '/home',
    open: click('[data-testid="reply"]'),
    field: '[role="dialog"] [data-testid="tweetTextarea_1"]',
    model: 'reply',
    answers: '@clinic is my biopsy result back yet?',
  },
  {
    name: 'Mastodon reply (textarea)',
    site: 'mastodon',
    host: 'mastodon.social',
    path: `/home?reply=${encodeURIComponent('Is the pharmacy open late? I need my insulin tonight.')}`,
    field: '.compose-form textarea',
    model: 'default',
    answers: 'I need my insulin tonight.',
  },
  {
    name: 'Facebook comment (Lexical)',
    site: 'facebook',
    host: 'www.facebook.com',
    path: '/riverside',
    field: '[role="article"] [data-lexical-editor="true"]',
    model: 'comment',
    answers: 'My father had his knee replacement at your hospital on Monday.',
  },
  {
    name: 'Facebook create-post dialog (Lexical, added on click)',
    site: 'facebook',
    host: 'www.facebook.com',
    path: '/riverside',
    open: click('.composer-trigger'),
    field: 'form[method="POST"] [data-lexical-editor="true"]',
    model: 'post',
  },
  {
    name: 'Instagram comment (textarea)',
    site: 'instagram',
    host: 'www.instagram.com',
    path: '/p/abc/',
    field: 'article form textarea',
    model: 'comment',
    answers: 'Flu shots are now available at every Riverside clinic.',
  },
  {
    name: 'Instagram caption (Lexical, added on click)',
    site: 'instagram',
    host: 'www.instagram.com',
    path: '/',
    open: click('nav [role="button"]'),
    field: '[role="dialog"] [data-lexical-editor="true"]',
    model: 'caption',
  },
  {
    name: 'Threads reply dialog (Lexical)',
    site: 'threads',
    host: 'www.threads.com',
    path: '/',
    open: click('[data-pressable-container="true"] [role="button"]'),
    field: '[role="dialog"] [data-lexical-editor="true"]',
    model: 'reply',
    answers: 'Do I need to fast before my cholesterol blood test',
  },
  {
    name: 'LinkedIn share box (Quill in #interop-outlet’s shadow root)',
    site: 'linkedin',
    host: 'www.linkedin.com',
    path: '/feed/',
    open: click('.share-box-feed-entry__trigger'),
    field: '#interop-outlet .ql-editor',
    model: 'post',
  },
  {
    name: 'LinkedIn comment (TipTap)',
    site: 'linkedin',
    host: 'www.linkedin.com',
    path: '/feed/',
    field: '[data-view-name="comment-box"] .ProseMirror',
    model: 'comment',
    answers: 'Still waiting on my MRI results',
  },
  {
    name: 'Reddit comment (Lexical in shreddit-composer’s shadow root)',
    site: 'reddit',
    host: 'www.reddit.com',
    path: '/r/nursing/comments/1abc/',
    field: 'comment-composer-host shreddit-composer [data-lexical-editor="true"]',
    model: 'comment',
    answers: 'Waited 6 hours in the ER at Mercy General last night',
  },
  {
    name: 'Reddit reply (shadow root, added on click)',
    site: 'reddit',
    host: 'www.reddit.com',
    path: '/r/nursing/comments/1abc/',
    open: click('shreddit-comment .reply'),
    field: 'shreddit-comment shreddit-composer [data-lexical-editor="true"]',
    model: 'reply',
    answers: 'they sent him home without an x-ray',
  },
  {
    name: 'YouTube comment (placeholder turns into the editor on click)',
    site: 'youtube',
    host: 'www.youtube.com',
    path: '/watch?v=abc',
    open: click('#placeholder-area'),
    field: 'ytd-comment-simplebox-renderer #contenteditable-root',
    model: 'comment',
  },
  {
    name: 'YouTube reply',
    site: 'youtube',
    host: 'www.youtube.com',
    path: '/watch?v=abc',
    open: click('#reply-button'),
    field: '#reply-dialog #contenteditable-root',
    model: 'reply',
    answers: 'I still cannot bend it past 90 degrees',
  },
  {
    name: 'TikTok comment (Draft.js)',
    site: 'tiktok',
    host: 'www.tiktok.com',
    path: '/@clinic/video/1',
    field: '.DivCommentFooter .public-DraftEditor-content',
    model: 'comment',
    answers: 'Three signs your child needs to see a doctor for a fever',
  },
  {
    name: 'TikTok reply (Draft.js, added on click)',
    site: 'tiktok',
    host: 'www.tiktok.com',
    path: '/@clinic/video/1',
    open: click('[data-e2e="comment-reply-1"]'),
    field: '.DivCommentItemContainer .public-DraftEditor-content',
    model: 'reply',
    answers: 'My daughter has had a 39.5 fever for three days',
  },
  {
    name: 'Bluesky post (TipTap)',
    site: 'bluesky',
    host: 'bsky.app',
    path: '/',
    open: click('[data-testid="composeFAB"]'),
    field: '[data-testid="composePostView"] .ProseMirror',
    model: 'post',
  },
  {
    name: 'Bluesky reply (TipTap)',
    site: 'bluesky',
    host: 'bsky.app',
    path: '/',
    open: click('[data-testid="replyBtn"]'),
    field: '[data-testid="composePostView"] .ProseMirror',
    model: 'reply',
    answers: 'I think my stitches are infected.',
  },
  {
    name: 'Yelp for Business review reply (textarea)',
    site: 'yelp',
    host: 'biz.yelp.com',
    path: '/reviews',
    open: click('li[data-review-id="r1"] .open-reply'),
    field: 'li[data-review-id="r1"] textarea',
    model: 'r1',
    answers: 'never explained my blood test results',
  },
  {
    name: 'Google Business Profile review reply (textarea)',
    site: 'google-business',
    host: 'business.google.com',
    path: '/reviews',
    open: click('.open-reply'),
    field: '[role="listitem"] textarea',
    model: 'g1',
    answers: 'gave me the wrong dose of my insulin refill',
  },
];
