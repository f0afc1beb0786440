import { textOf } from './dom';
import { defineSite } from './types';

/**
 * Threads: Meta's Lexical editor (`[role="textbox"][contenteditable="true"][data-lexical-editor]`)
 * for new threads and replies. Posts sit in `[data-pressable-container="true"]`: in the reply dialog
 * the one shown above the editor is the answered post; on a post page (/@user/post/…) it is the first
 * on the page. The Post button carries only a translated label, so no submit control is declared.
 * Checked 2026-11-25 against public automation references for threads.net/threads.com (January 2026).
 */
export const threads = defineSite({
  id: 'threads',
  name: 'Threads',
  hosts: ['threads.net', 'threads.com'],
  subdomains: true,
  editor: 'Lexical',
  markers: '`[role="textbox"][contenteditable="true"][data-lexical-editor="true"]`, `[data-pressable-container="true"]`',
  checked: '2026-11-25',
  composers: [{ kind: 'post', field: '[contenteditable="true"][data-lexical-editor="true"]', composer: '[role="dialog"], form' }],
  submit: [],
  attachments: ['input[type="file"]'],
  replyContext: (field) => {
    const scope = field.closest('[role="dialog"]') ?? (/\/post\//.test(field.ownerDocument.location.pathname) ? field.ownerDocument : null);
    const answered = scope?.querySelector('[data-pressable-container="true"]');
    return answered?.contains(field) ? undefined : textOf(answered);
  },
});
