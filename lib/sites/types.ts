/** What a compose field is for: a post is a broadcast; the others answer a message. */
export type FieldKind = 'post' | 'reply' | 'comment' | 'review-reply';

/**
 * One kind of compose field on a site. `field` is matched with Element.matches on the editable
 * element itself (a textarea or a rich editor's editing host), so it never has to reach across a
 * shadow-root boundary; `within` and `composer` are looked up through open shadow roots.
 */
export interface ComposerSpec {
  kind: FieldKind;
  field: string;
  /** An ancestor the field must sit in (a custom element, a dialog, a test id). */
  within?: string;
  /**
   * The element holding the whole composer (field, submit control, attachment inputs). Without it,
   * the composer is the nearest ancestor that contains one of the site's submit controls.
   */
  composer?: string;
  /** A plain Enter posts the draft (comment boxes); otherwise Enter is a new line. */
  enterPosts?: boolean;
}

/**
 * What SafePost knows about one site: where it runs and its composers. Mostly data, plus at most a
 * small function for the text a reply answers. Markers are stable ones (test ids, editor markers,
 * tag names), never translated labels.
 */
export interface SiteAdapter<Id extends string = string> {
  id: Id;
  /** The site's name as users know it. */
  name: string;
  /** Host names SafePost runs on (the manifest's host permissions and content-script matches). */
  hosts: readonly string[];
  /** Whether subdomains of `hosts` (www., m., old.) serve the site too. */
  subdomains: boolean;
  /** The editor(s) the site uses, in words, as last checked. */
  editor: string;
  /** The markers the adapter relies on, in words (README's "Supported sites" table). */
  markers: string;
  /** ISO date the markers were last checked. */
  checked: string;
  /** The site's compose fields, most specific first: the first spec a field matches decides its kind. */
  composers: readonly ComposerSpec[];
  /** Controls that post the draft, looked up inside the composer (and its open shadow root). */
  submit: readonly string[];
  /** File inputs that attach images or video, looked up like `submit`. */
  attachments: readonly string[];
  /**
   * The text of the message a field answers. A field declared as a post that answers a message
   * (a reply dialog on X, a reply indicator on Mastodon) is a reply.
   */
  replyContext?: (field: HTMLElement) => string | undefined;
}

/** Declares a site adapter, keeping its id as a literal type (the registry derives SiteId from it). */
export function defineSite<const Id extends string>(adapter: SiteAdapter<Id>): SiteAdapter<Id> {
  return adapter;
}
