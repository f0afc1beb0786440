import type { SiteAdapter } from '../sites/types';

/**
 * The compose field an event happened in, looking through open shadow roots: composedPath() lists
 * the target inside a shadow tree and each host above it, so one listener on the document suffices.
 */
export function fieldFromEvent(event: Event, adapter: SiteAdapter): HTMLElement | undefined {
  const selector = adapter.fields.join(',');
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && node.matches(selector)) return node;
  }
  return undefined;
}

/** Fields already in the light DOM when the script starts (no focus needed to be watched). */
export function fieldsInDocument(root: ParentNode, adapter: SiteAdapter): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(adapter.fields.join(','))];
}
