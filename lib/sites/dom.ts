import { readEditorText } from '../page/fieldText';

/**
 * DOM look-ups for site adapters that work through open shadow roots, where Element.closest and
 * querySelector stop at the boundary. Pure functions of the DOM they are given; nothing runs on import.
 */

/** The shadow host above a node's tree, or null in the document tree. */
function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Element.closest that continues from each shadow root's host up to the document. */
export function closestComposed(el: Element, selector: string): HTMLElement | null {
  for (let node: Element | null = el; node; node = hostOf(node)) {
    const hit = node.closest<HTMLElement>(selector);
    if (hit) return hit;
  }
  return null;
}

/** Matches of selector in an element's light tree and in its own open shadow root. */
export function queryWithShadow<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  const inLight = [...root.querySelectorAll<T>(selector)];
  const inShadow = root.shadowRoot ? [...root.shadowRoot.querySelectorAll<T>(selector)] : [];
  return [...inLight, ...inShadow];
}

/**
 * The text of an element, blocks on their own lines, or undefined when it is missing or blank. Read
 * the way SafePost reads editors (from the DOM, not innerText, which would force a layout per check).
 */
export function textOf(el: Element | null | undefined): string | undefined {
  const text = el instanceof HTMLElement ? readEditorText(el).text.trim() : undefined;
  return text || undefined;
}

/** The last element matching selector inside scope (the one closest to a composer below it). */
export function lastIn(scope: ParentNode | null | undefined, selector: string): HTMLElement | undefined {
  const all = scope?.querySelectorAll<HTMLElement>(selector);
  return all?.length ? all[all.length - 1] : undefined;
}

/**
 * The text of `container` outside the branch that holds `field`: for cards whose answered message
 * has no marker of its own (a review above its reply box), everything but the composer.
 */
export function textBeside(container: Element, field: Element): string | undefined {
  const parts: string[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.contains(field)) walk(child);
      else if (!child.matches('button, [role="button"], form, textarea, input, select')) {
        const text = textOf(child);
        if (text) parts.push(text);
      }
    }
  };
  walk(container);
  return parts.join('\n') || undefined;
}
