import { textOf } from './dom';
import { defineSite } from './types';

/**
 * Bluesky (bsky.app, bluesky-social/social-app): the composer is a TipTap/ProseMirror editor
 * (`.ProseMirror`, no test id of its own) inside `[data-testid="composePostView"]`, published with
 * `[data-testid="composerPublishBtn"]` or Ctrl/Cmd+Enter. A reply shows the answered post above the
 * editor as a pressable preview holding the author's `[data-testid="userAvatarImage"]` and the text.
 * Checked 2026-11-25 against social-app's TextInput.web.tsx, Composer.tsx and ComposerReplyTo.tsx.
 */
export const bluesky = defineSite({
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
  subdomains: false,
  editor: 'TipTap (ProseMirror)',
  markers: '`[data-testid="composePostView"] .ProseMirror[contenteditable]`, `[data-testid="composerPublishBtn"]`, reply preview `[role="button"]:has([data-testid="userAvatarImage"])`',
  checked: '2026-11-25',
  composers: [{ kind: 'post', field: '.ProseMirror[contenteditable="true"]', within: '[data-testid="composePostView"]', composer: '[data-testid="composePostView"]' }],
  submit: ['[data-testid="composerPublishBtn"]'],
  attachments: ['input[type="file"]'],
  replyContext: (field) =>
    textOf(field.closest('[data-testid="composePostView"]')?.querySelector('[role="button"]:has([data-testid="userAvatarImage"])')),
});
