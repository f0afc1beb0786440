/**
 * Interaction events SafePost's UI reacts to. A page can dispatch any of them at the buttons in
 * the (open) shadow root, e.g. button.click(); only the browser's own, from the user, are trusted.
 */
const INTERACTIONS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit'] as const;

/**
 * Stops events a page script synthesised before they reach the UI, so that a hostile page cannot
 * redact, insert a reply, ignore a finding or post anyway on the user's behalf. Capturing on the
 * shadow root runs before React's listeners on its container inside it.
 */
export function refuseUntrustedEvents(root: ShadowRoot, signal: AbortSignal): void {
  for (const type of INTERACTIONS) {
    root.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) event.stopImmediatePropagation();
      },
      { capture: true, signal },
    );
  }
}
