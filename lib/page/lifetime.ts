import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * False once the extension that started this script is gone (updated, reloaded, disabled or
 * removed): the browser then clears runtime.id in the orphaned script, and messaging throws
 * "Extension context invalidated".
 */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * WXT stops a content script when the document receives its "newer script started" event, so that
 * a script started again after an update replaces the orphaned one. Any page can dispatch that
 * event (its name is built from the public extension id), which would let a hostile page switch
 * SafePost off. A real successor only comes once this script's extension is gone, so while it is
 * alive the event is stopped before WXT's listener on the document sees it: a capturing listener
 * on window runs first, whatever node the event was dispatched on.
 */
export function refuseForgedRestarts(signal: AbortSignal): void {
  window.addEventListener(
    scriptStartedEventName(),
    (event) => {
      if (extensionAlive()) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}

/** The name of WXT's "newer script started" event (a static its typings mark private). */
export function scriptStartedEventName(): string {
  return (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
}

/**
 * Called when a message to the background fails. An orphaned script stops here, so that its badge
 * and listeners go away instead of showing a verdict for text it can no longer check; WXT's context
 * tears down everything registered with it.
 */
export function stopIfOrphaned(ctx: ContentScriptContext): void {
  if (!extensionAlive() && !ctx.signal.aborted) ctx.abort('SafePost was updated, reloaded or disabled');
}
