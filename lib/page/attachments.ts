import { eventOrigin, nearestField } from './composedTree';
import type { FieldSession } from './fieldSession';

/** How many of the files are images or videos (what may show a patient). */
export function mediaFiles(files: ArrayLike<{ type: string }> | undefined | null): number {
  return Array.from(files ?? []).filter((f) => /^(image|video)\//.test(f.type)).length;
}

export interface AttachmentOptions {
  sessions: () => Iterable<FieldSession>;
  signal: AbortSignal;
}

/**
 * Counts images and videos pasted or dropped into a watched composer, or chosen with its file
 * input, into the field's session (which re-checks with the new count). Listens on window in the
 * capture phase, so a site that stops these events still lets SafePost see them; never cancels them.
 * File inputs are seen through their `input` event, which, unlike `change`, crosses shadow roots.
 */
export function watchAttachments({ sessions, signal }: AttachmentOptions): void {
  const add = (target: Node | undefined, count: number) => {
    if (!target || !count) return;
    const byField = new Map([...sessions()].map((s) => [s.field, s]));
    const field = nearestField(target, byField.keys());
    if (field) byField.get(field)!.mediaCount += count;
  };
  const options = { capture: true, signal, passive: true };
  window.addEventListener('paste', (e) => add(eventOrigin(e), mediaFiles(e.clipboardData?.files)), options);
  window.addEventListener('drop', (e) => add(eventOrigin(e), mediaFiles(e.dataTransfer?.files)), options);
  window.addEventListener(
    'input',
    (e) => {
      const origin = eventOrigin(e);
      if (origin instanceof HTMLInputElement && origin.type === 'file') add(origin, mediaFiles(origin.files));
    },
    options,
  );
}
