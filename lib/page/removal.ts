/** The nodes whose child lists hold an element in place: each ancestor, through shadow roots, to the document. */
function ancestry(el: Element): Node[] {
  const nodes: Node[] = [];
  for (let node: Node | null = el.parentNode; node; node = node instanceof ShadowRoot ? node.host : (node.parentNode ?? null)) {
    nodes.push(node);
  }
  return nodes;
}

function sameNodes(a: readonly Node[], b: readonly Node[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/**
 * Calls onRemoved once, when el leaves the document. An element leaves only when it or one of its
 * ancestors is taken out of its parent, so observing the child list of each ancestor (no subtree) is
 * enough: a busy feed beside the field costs one cheap callback per batch, not one per mutation.
 * Returns a function that stops watching.
 */
export function whenRemoved(el: Element, onRemoved: () => void, signal?: AbortSignal): () => void {
  let watched: Node[] = [];
  const observer = new MutationObserver(() => {
    if (!el.isConnected) {
      stop();
      onRemoved();
      return;
    }
    // Still here: re-anchor if it was moved under other ancestors.
    const now = ancestry(el);
    if (!sameNodes(watched, now)) observe(now);
  });
  const observe = (nodes: Node[]) => {
    observer.disconnect();
    watched = nodes;
    for (const node of nodes) observer.observe(node, { childList: true });
  };
  const stop = () => {
    observer.disconnect();
    watched = [];
    signal?.removeEventListener('abort', stop);
  };
  observe(ancestry(el));
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
