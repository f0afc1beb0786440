/** The parent of a node in the composed tree: through a shadow root to its host. */
function composedParent(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

function ancestors(node: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = node; n; n = composedParent(n)) chain.push(n);
  return chain.reverse(); // from the document down
}

/** How deep the lowest composed ancestor shared by a and b is (0: only the document). */
function sharedDepth(a: Node, b: Node): number {
  const pa = ancestors(a);
  const pb = ancestors(b);
  let depth = 0;
  while (depth < pa.length && depth < pb.length && pa[depth] === pb[depth]) depth++;
  return depth - 1;
}

/** The element an event really happened on, inside open shadow roots too. */
export function eventOrigin(event: Event): Element | undefined {
  return event.composedPath().find((n): n is Element => n instanceof Element);
}

/**
 * The field a control (a post button, a file input, a drop zone) belongs to: the one sharing the
 * lowest composed ancestor with it, as a composer's button and editor sit together in one form,
 * dialog or card. Undefined when they only share <body> or above: then it is no one's control.
 */
export function nearestField<F extends Node>(control: Node, fields: Iterable<F>): F | undefined {
  let best: F | undefined;
  let bestDepth = -1;
  for (const field of fields) {
    if (!field.isConnected) continue;
    const depth = sharedDepth(control, field);
    if (depth > bestDepth) {
      best = field;
      bestDepth = depth;
    }
  }
  const body = control.ownerDocument?.body;
  return best && body && bestDepth > ancestors(body).length - 1 ? best : undefined;
}
