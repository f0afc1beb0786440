import type { SiteAdapter } from '../sites/types';
import { describeField } from './composer';
import type { FieldSession } from './fieldSession';

/** How many of the files are images or videos (what may show a patient). */
export function mediaFiles(files: ArrayLike<{ type: string }> | undefined | null): number {
  return Array.from(files ?? []).filter((f) => /^(image|video)\//.test(f.type)).length;
}

export interface AttachmentOptions {
  adapter: SiteAdapter;
  sessions: () => Iterable<FieldSession>;
  signal: AbortSignal;
}

/**
 * Counts images and videos pasted or dropped into a watched composer, or chosen with one of its
 * file inputs, into the field's session (which re-checks with the new count). Listens on window in
 * the capture phase, so a site that stops these events still lets SafePost see them; never cancels
 * them. File inputs are seen through their `input` event, which, unlike `change`, crosses shadow roots.
 */
export function watchAttachments({ adapter, sessions, signal }: AttachmentOptions): void {
  const add = (event: Event, count: number) => {
    if (!count) return;
    const path = event.composedPath();
    for (const session of sessions()) {
      const composer = describeField(adapter, session.field)?.composer;
      if (composer && path.includes(composer)) {
        session.mediaCount += count;
        return;
      }
    }
  };
  const options = { capture: true, signal, passive: true };
  window.addEventListener('paste', (e) => add(e, mediaFiles(e.clipboardData?.files)), options);
  window.addEventListener('drop', (e) => add(e, mediaFiles(e.dataTransfer?.files)), options);
  window.addEventListener(
    'input',
    (e) => {
      if (e instanceof InputEvent) return; // typing; a file input fires a plain Event
      const origin = e.composedPath()[0];
      if (origin instanceof HTMLInputElement && origin.type === 'file') add(e, mediaFiles(origin.files));
    },
    options,
  );
}
