import { closestComposed, queryWithShadow } from '../sites/dom';
import type { FieldKind, SiteAdapter } from '../sites/types';
import { composedParent, composerSpecOf } from './discovery';

/** The editor behind a field, told by its own markers; it decides how text is read and rewritten. */
export type EditorKind = 'draft' | 'lexical' | 'prosemirror' | 'quill' | 'textarea' | 'contenteditable';

export function editorOf(field: HTMLElement): EditorKind {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) return 'textarea';
  if (field.dataset.lexicalEditor === 'true') return 'lexical';
  if (field.classList.contains('ProseMirror')) return 'prosemirror';
  if (field.classList.contains('ql-editor')) return 'quill';
  if (field.classList.contains('public-DraftEditor-content') || field.closest('.DraftEditor-root')) return 'draft';
  return 'contenteditable';
}

/** Everything the inline UI and enforcement need to know about one watched field. */
export interface ComposeField {
  readonly field: HTMLElement;
  readonly kind: FieldKind;
  readonly editor: EditorKind;
  /** A plain Enter posts the draft. */
  readonly enterPosts: boolean;
  /** The element holding the field, its submit control and attachment inputs; the UI anchors to it. */
  readonly composer: HTMLElement;
  /** The text of the message the field answers, if it answers one. */
  readonly replyContext: string | undefined;
}

/** How far up the composer is looked for, so a page without submit controls is never searched whole. */
const MAX_COMPOSER_DEPTH = 12;

function nearestWith(field: HTMLElement, selectors: readonly string[]): HTMLElement | undefined {
  if (!selectors.length) return undefined;
  const selector = selectors.join(',');
  let el = composedParent(field);
  for (let depth = 0; el instanceof HTMLElement && el !== el.ownerDocument.body && depth < MAX_COMPOSER_DEPTH; depth++) {
    if (queryWithShadow(el, selector).length) return el;
    el = composedParent(el);
  }
  return undefined;
}

/** A value computed on first use and kept: reply context and composer cost DOM queries not every caller needs. */
function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Describes a field of the adapter's site, or undefined when it is not one of its compose fields.
 * Properties that need DOM look-ups (kind, composer, replyContext) are read on first access.
 */
export function describeField(adapter: SiteAdapter, field: HTMLElement): ComposeField | undefined {
  const spec = composerSpecOf(adapter, field);
  if (!spec) return undefined;
  const replyContext = lazy(() => adapter.replyContext?.(field));
  const composer = lazy(
    () =>
      (spec.composer && closestComposed(field, spec.composer)) ||
      nearestWith(field, [...adapter.submit, ...adapter.attachments]) ||
      field.parentElement ||
      field,
  );
  return {
    field,
    editor: editorOf(field),
    enterPosts: spec.enterPosts ?? false,
    get kind() {
      return spec.kind === 'post' && replyContext() ? 'reply' : spec.kind;
    },
    get composer() {
      return composer();
    },
    get replyContext() {
      return replyContext();
    },
  };
}

/** The composer's controls that post the draft. */
export function submitControls(adapter: SiteAdapter, composer: HTMLElement): HTMLElement[] {
  return adapter.submit.length ? queryWithShadow(composer, adapter.submit.join(',')) : [];
}

/** The composer's inputs that attach images or video. */
export function attachmentInputs(adapter: SiteAdapter, composer: HTMLElement): HTMLInputElement[] {
  return adapter.attachments.length ? queryWithShadow<HTMLInputElement>(composer, adapter.attachments.join(',')) : [];
}

/** The composer's submit control an event (a click, a keypress) went through, if any. */
export function submitControlOf(adapter: SiteAdapter, composer: HTMLElement, event: Event): HTMLElement | undefined {
  if (!adapter.submit.length) return undefined;
  const selector = adapter.submit.join(',');
  for (const node of event.composedPath()) {
    if (node === composer) return undefined;
    if (node instanceof HTMLElement && node.matches(selector) && isComposedDescendant(node, composer)) return node;
  }
  return undefined;
}

function isComposedDescendant(node: Element, ancestor: Element): boolean {
  for (let el: Element | null = node; el; el = composedParent(el)) if (el === ancestor) return true;
  return false;
}
