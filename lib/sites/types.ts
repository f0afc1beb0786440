import type { SiteId } from './hosts';

/**
 * What SafePost knows about one site's composer. Adapters are data plus, at most, a small function
 * for reply context, and match only stable markers (test ids, editor classes), never translated labels.
 */
export interface SiteAdapter {
  id: SiteId | 'generic';
  /** The editor the site uses for posts and replies, as last checked. */
  editor: string;
  /** ISO date the markers were last checked against the live site. */
  checked: string;
  /** Selectors of compose fields (the editable element itself). */
  fields: readonly string[];
  /** Selectors of the controls that post the draft. */
  submit: readonly string[];
  /** True where a plain Enter in the field posts (chat-style composers); Ctrl/Cmd+Enter is always watched. */
  postsOnEnter?: boolean;
  /** The text of the message a reply field answers, when the field is a reply. */
  replyContext?: (field: HTMLElement) => string | undefined;
}
