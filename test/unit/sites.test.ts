import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeField } from '../../lib/page/composer';
import { adapterForHost, SITE_ADAPTERS } from '../../lib/sites';
import { textOf } from '../../lib/sites/dom';
import { $, mount, withShadow } from './dom';

afterEach(() => document.body.replaceChildren());

const describeOn = (host: string, field: HTMLElement) => describeField(adapterForHost(host), field);

describe('site registry', () => {
  it('gives every site a unique id, hosts, composers and a check date', () => {
    const ids = SITE_ADAPTERS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const site of SITE_ADAPTERS) {
      expect(site.hosts.length, site.id).toBeGreaterThan(0);
      expect(site.composers.length, site.id).toBeGreaterThan(0);
      expect(site.checked, site.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('never matches on translated labels', () => {
    const selectors = SITE_ADAPTERS.flatMap((s) => [...s.composers.flatMap((c) => [c.field, c.within ?? '', c.composer ?? '']), ...s.submit]);
    expect(selectors.filter((sel) => /aria-label|placeholder|:contains|title=/.test(sel))).toEqual([]);
  });

  it('lists every site in the README with its editor, markers and check date', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const site of SITE_ADAPTERS) expect(readme).toContain(`| ${site.name} | ${site.editor} | ${site.markers} | ${site.checked} |`);
  });

  it('falls back to the generic adapter on other sites', () => {
    expect(adapterForHost('forum.example.org').id).toBe('generic');
    expect(adapterForHost('www.reddit.com').id).toBe('reddit');
  });
});

describe('X', () => {
  const composer = (testid: string) =>
    `<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="${testid}"></div></div><button data-testid="tweetButtonInline">Post</button>`;

  it('treats the home composer as a post', () => {
    const page = mount(composer('tweetTextarea_0'));
    const field = describeOn('x.com', $(page, '[contenteditable]'));
    expect(field).toMatchObject({ kind: 'post', editor: 'draft', enterPosts: false, replyContext: undefined });
    expect(field?.composer.querySelector('[data-testid="tweetButtonInline"]')).not.toBeNull();
  });

  it('treats the reply dialog as a reply to the last post shown in it', () => {
    const page = mount(
      `<article data-testid="tweet"><div data-testid="tweetText">Old post</div></article>
       <div role="dialog"><article data-testid="tweet"><div data-testid="tweetText">Is my biopsy back?</div></article>${composer('tweetTextarea_0')}</div>`,
    );
    expect(describeOn('x.com', $(page, '[role="dialog"] [contenteditable]'))).toMatchObject({ kind: 'reply', replyContext: 'Is my biopsy back?' });
  });

  it('answers the focal post of a status page, and only there', () => {
    const page = mount(
      `<article data-testid="tweet" tabindex="-1"><div data-testid="tweetText">When are you open?</div></article>${composer('tweetTextarea_0')}`,
    );
    const field = $(page, '[contenteditable]');
    history.pushState({}, '', '/clinic/status/1');
    try {
      expect(describeOn('twitter.com', field)).toMatchObject({ kind: 'reply', replyContext: 'When are you open?' });
    } finally {
      history.pushState({}, '', '/');
    }
    expect(describeOn('twitter.com', field)?.kind).toBe('post');
  });
});

describe('Mastodon', () => {
  it('is a reply when the form shows a reply indicator', () => {
    const page = mount(
      `<form class="compose-form"><div class="reply-indicator"><div class="reply-indicator__content">Can I get my results?</div></div>
       <textarea class="autosuggest-textarea__textarea"></textarea><button type="submit">Publish</button></form>`,
    );
    const field = describeOn('mastodon.social', $(page, 'textarea'));
    expect(field).toMatchObject({ kind: 'reply', editor: 'textarea', replyContext: 'Can I get my results?' });
    expect(field?.composer.className).toBe('compose-form');
  });
});

describe('Facebook', () => {
  const lexical = '<div contenteditable="true" role="textbox" data-lexical-editor="true"></div>';
  it('tells the create-post dialog from comments, which post on Enter', () => {
    const page = mount(
      `<div role="dialog"><form method="POST">${lexical}</form></div>
       <div role="article"><div data-ad-rendering-role="story_message">My mother had her surgery with you</div><form>${lexical}</form></div>`,
    );
    expect(describeOn('www.facebook.com', $(page, 'form[method="POST"] [contenteditable]'))).toMatchObject({ kind: 'post', editor: 'lexical', enterPosts: false });
    expect(describeOn('www.facebook.com', $(page, '[role="article"] [contenteditable]'))).toMatchObject({
      kind: 'comment',
      enterPosts: true,
      replyContext: 'My mother had her surgery with you',
    });
  });
});

describe('Instagram', () => {
  it('answers the caption, or the comment of the user a reply mentions', () => {
    const page = mount(
      `<article><h1>New clinic hours</h1><ul><li><a href="/maria.d/">maria.d</a> <span>Is my prescription ready?</span></li></ul>
       <form><textarea></textarea></form></article>`,
    );
    const textarea = $(page, 'textarea') as HTMLTextAreaElement;
    expect(describeOn('www.instagram.com', textarea)).toMatchObject({ kind: 'comment', enterPosts: true, replyContext: 'New clinic hours' });
    textarea.value = '@maria.d yes';
    expect(describeOn('www.instagram.com', textarea)?.replyContext).toContain('Is my prescription ready?');
  });
});

describe('Threads', () => {
  it('is a reply in the reply dialog, answering the post shown above the editor', () => {
    const page = mount(
      `<div role="dialog"><div data-pressable-container="true">Do you take walk-ins?</div>
       <div contenteditable="true" role="textbox" data-lexical-editor="true"></div></div>`,
    );
    expect(describeOn('www.threads.com', $(page, '[contenteditable]'))).toMatchObject({ kind: 'reply', replyContext: 'Do you take walk-ins?' });
  });
});

describe('LinkedIn', () => {
  it('finds the Quill share box inside #interop-outlet’s shadow root and its Post button', () => {
    const page = mount('<div id="interop-outlet"></div>');
    const root = withShadow($(page, '#interop-outlet'), '<div data-test-modal-id="sharebox"><div class="ql-editor" contenteditable="true"></div><button class="share-actions__primary-action">Post</button></div>');
    const field = describeOn('www.linkedin.com', $(root as unknown as ParentNode, '.ql-editor'));
    expect(field).toMatchObject({ kind: 'post', editor: 'quill' });
    expect(field?.composer.dataset.testModalId).toBe('sharebox');
  });

  it('answers the feed update a TipTap comment box sits in', () => {
    const page = mount(
      `<div data-view-name="feed-full-update"><div class="update-components-text">We are hiring nurses</div>
       <div data-view-name="comment-box"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"></div><button data-view-name="comment-post">Comment</button></div></div>`,
    );
    expect(describeOn('www.linkedin.com', $(page, '.ProseMirror'))).toMatchObject({ kind: 'comment', editor: 'prosemirror', replyContext: 'We are hiring nurses' });
  });
});

describe('Reddit', () => {
  it('finds the Lexical editor in shreddit-composer’s shadow root and answers the comment above it', () => {
    const page = mount(
      `<shreddit-comment><div slot="comment">Does the ER take walk-ins?</div>
       <shreddit-composer><button slot="submit-button" type="submit">Comment</button></shreddit-composer></shreddit-comment>`,
    );
    const root = withShadow($(page, 'shreddit-composer'), '<div contenteditable="true" role="textbox" data-lexical-editor="true"></div><slot name="submit-button"></slot>');
    const field = describeOn('www.reddit.com', $(root as unknown as ParentNode, '[contenteditable]'));
    expect(field).toMatchObject({ kind: 'comment', editor: 'lexical', replyContext: 'Does the ER take walk-ins?' });
    expect(field?.composer.tagName).toBe('SHREDDIT-COMPOSER');
  });
});

describe('YouTube', () => {
  it('answers the comment a reply box is opened under', () => {
    const page = mount(
      `<ytd-comment-view-model><yt-attributed-string id="content-text">Thanks doctor, is the rash normal?</yt-attributed-string>
       <ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div><div id="submit-button"><button>Reply</button></div></ytd-commentbox></ytd-comment-view-model>`,
    );
    expect(describeOn('www.youtube.com', $(page, '#contenteditable-root'))).toMatchObject({ kind: 'comment', replyContext: 'Thanks doctor, is the rash normal?' });
  });
});

describe('TikTok', () => {
  const input = '<div data-e2e="comment-input"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"></div></div></div>';
  it('answers the video for a top-level comment and the comment for a reply', () => {
    const page = mount(
      `<div data-e2e="browse-video-desc">Flu season tips</div>
       <div class="list"><div class="item"><p data-e2e="comment-level-1">Can I get a shot if pregnant?</p>${input}</div>
       <div class="item"><p data-e2e="comment-level-1">Great video</p></div></div>
       <div class="footer">${input}<div data-e2e="comment-post">Post</div></div>`,
    );
    const [reply, top] = [...page.querySelectorAll<HTMLElement>('.public-DraftEditor-content')];
    expect(describeOn('www.tiktok.com', reply!)).toMatchObject({ kind: 'comment', enterPosts: true, replyContext: 'Can I get a shot if pregnant?' });
    expect(describeOn('www.tiktok.com', top!)?.replyContext).toBe('Flu season tips');
  });
});

describe('Bluesky', () => {
  it('is a reply when the composer shows the answered post', () => {
    const page = mount(
      `<div data-testid="composePostView"><div role="button"><img data-testid="userAvatarImage"><div>Are you open Sunday?</div></div>
       <div class="tiptap ProseMirror" contenteditable="true"></div><button data-testid="composerPublishBtn">Post</button></div>`,
    );
    expect(describeOn('bsky.app', $(page, '.ProseMirror'))).toMatchObject({ kind: 'reply', editor: 'prosemirror', replyContext: 'Are you open Sunday?' });
  });
});

describe('review replies', () => {
  it('answers the review on Yelp for Business', () => {
    const page = mount(`<li><p><span lang="en">The nurse was rude about my test results</span></p><form><textarea></textarea><button type="submit">Post</button></form></li>`);
    expect(describeOn('biz.yelp.com', $(page, 'textarea'))).toMatchObject({ kind: 'review-reply', replyContext: 'The nurse was rude about my test results' });
  });

  it('answers the review on Google Business Profile', () => {
    const page = mount(`<div role="listitem"><div>J. Smith</div><div>Waited two hours for my MRI</div><div><textarea></textarea><button>Reply</button></div></div>`);
    const field = describeOn('business.google.com', $(page, 'textarea'));
    expect(field?.kind).toBe('review-reply');
    expect(field?.replyContext).toContain('Waited two hours for my MRI');
  });
});

describe('describeField', () => {
  it('looks up the reply context and composer only when asked', () => {
    const page = mount('<form class="compose-form"><textarea></textarea><button type="submit">Publish</button></form>');
    const adapter = { ...adapterForHost('mastodon.social'), replyContext: vi.fn(() => 'question') };
    const field = describeField(adapter, $(page, 'textarea'))!;
    expect(field.enterPosts).toBe(false);
    expect(adapter.replyContext).not.toHaveBeenCalled();
    expect(field.kind).toBe('reply');
    expect(field.replyContext).toBe('question');
    expect(adapter.replyContext).toHaveBeenCalledTimes(1);
  });
});

describe('textOf', () => {
  it('keeps the answered message’s paragraphs apart and ignores markup whitespace', () => {
    const page = mount('<div slot="comment">\n  <p>My son was seen Tuesday.</p>\n  <p>Can someone call me?</p>\n</div>');
    expect(textOf($(page, '[slot="comment"]'))).toBe('My son was seen Tuesday.\nCan someone call me?');
    expect(textOf($(page, 'p')?.parentElement?.querySelector('nothing'))).toBeUndefined();
  });
});
