import { closestComposed } from '../sites/dom';
import type { ComposerSpec, SiteAdapter } from '../sites/types';
import { UI_HOST_TAG } from './domContract';

/** The parent of a node in the composed tree: its parent element, or its shadow root's host. */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** The first of the adapter's composer specs an element is a field of, if any. */
export function composerSpecOf(adapter: SiteAdapter, el: Element): ComposerSpec | undefined {
  if (!(el instanceof HTMLElement)) return undefined;
  const spec = adapter.composers.find((s) => el.matches(s.field) && (!s.within || closestComposed(el, s.within)));
  // SafePost's own inputs (a reason typed in its dialog) are never compose fields.
  return spec && !closestComposed(el, UI_HOST_TAG) ? spec : undefined;
}

/** The compose field at or above an element, climbing through open shadow roots. */
export function fieldAt(start: Element | null, adapter: SiteAdapter): HTMLElement | undefined {
  for (let el = start; el; el = composedParent(el)) {
    if (composerSpecOf(adapter, el)) return el as HTMLElement;
  }
  return undefined;
}

/**
 * The compose field an event happened in. composedPath()[0] is the real target even inside open
 * shadow roots, so one listener on the document sees fields in every open shadow tree.
 */
export function fieldFromEvent(event: Event, adapter: SiteAdapter): HTMLElement | undefined {
  const target = event.composedPath()[0];
  return target instanceof Element ? fieldAt(target, adapter) : undefined;
}

/** Fields already in the light DOM when the script starts (no focus needed to be watched). */
export function fieldsInDocument(root: ParentNode, adapter: SiteAdapter): HTMLElement[] {
  const selector = adapter.composers.map((s) => s.field).join(',');
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => composerSpecOf(adapter, el));
}

/** The field that has focus, looking into open shadow roots (the user may be typing before we start). */
export function focusedField(doc: Document, adapter: SiteAdapter): HTMLElement | undefined {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return fieldAt(el, adapter);
}
