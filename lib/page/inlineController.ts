import type { HeldSubmit, OverrideReason } from './enforcement';
import { replaceFieldText } from './edit';
import type { FieldSession } from './fieldSession';
import { isTextControl } from './fieldText';
import { redactExcept } from './findingsView';
import { drawsSame, markedFindings } from './fieldDrawing';
import type { FieldHighlighter } from './highlight';
import type { FieldView, InlineStore } from './inlineStore';

export interface InlineControllerOptions {
  store: InlineStore;
  highlighter: Pick<FieldHighlighter, 'show' | 'clear'>;
  edit?: typeof replaceFieldText;
}

/** Keyboard route from a watched field to its panel (also announced by the badge's aria-keyshortcuts). */
export function isPanelShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS';
}

/**
 * Everything that happens once a field is watched: each result goes to the store the UI renders
 * and to the in-place highlights; the user's clicks (redact, insert reply, ignore, the held-submit
 * dialog) come back here. The draft only changes on one of those clicks, through the editor.
 */
export function createInlineController({ store, highlighter, edit = replaceFieldText }: InlineControllerOptions) {
  const ids = new WeakMap<HTMLElement, string>();
  const sessions = new Map<string, FieldSession>();
  /** Fields whose draft was just submitted: once the site empties them, attachments and ignores reset. */
  const submittedIds = new Set<string>();
  /** Views newer than the store's that draw the same: kept here so that such a check renders nothing. */
  const undrawn = new Map<string, FieldView>();
  let nextId = 0;

  const idOf = (field: HTMLElement) => {
    let id = ids.get(field);
    if (!id) ids.set(field, (id = `f${++nextId}`));
    return id;
  };
  const view = (id: string) => undrawn.get(id) ?? store.getState().fields[id];
  const draw = (v: FieldView) => {
    undrawn.delete(v.id);
    store.setState({ fields: { ...store.getState().fields, [v.id]: v } });
  };
  const patch = (id: string, change: Partial<FieldView>) => {
    const current = view(id);
    if (current) draw({ ...current, ...change });
  };
  const showHighlights = (v: FieldView) => {
    if (isTextControl(v.field)) return; // text controls get the overlay, drawn by the UI
    highlighter.show(v.field, markedFindings(v), v.text);
  };

  /** The current result, checking first if the text changed since the last one. */
  const fresh = async (id: string) => {
    const session = sessions.get(id);
    if (!session) return undefined;
    const result = session.isCurrent() ? session.result : await session.checkNow();
    return result && { session, result, text: session.checkedText! };
  };

  async function redact(id: string) {
    const current = await fresh(id);
    if (!current) return;
    const { session } = current;
    await edit(session.field, redactExcept(current.text, current.result, view(id)?.ignored ?? []), { lastInputAt: session.lastInputAt });
    patch(id, { open: false }); // done: the draft has the focus back, and the site's controls are uncovered
  }

  return {
    onResult(session: FieldSession) {
      const id = idOf(session.field);
      sessions.set(id, session);
      const text = session.checkedText ?? '';
      const previous = view(id);
      let ignored = previous?.ignored ?? [];
      if (!text) {
        ignored = []; // ignore-once lasts for one draft
        if (submittedIds.delete(id)) session.mediaCount = 0;
      }
      const next: FieldView = {
        id,
        field: session.field,
        result: session.result!,
        text,
        ignored,
        open: previous?.open ?? false,
      };
      if (previous && drawsSame(previous, next)) undrawn.set(id, next);
      else draw(next);
      showHighlights(next);
    },

    toggle(id: string) {
      patch(id, { open: !view(id)?.open });
    },

    close(id: string) {
      patch(id, { open: false });
      view(id)?.field.focus();
    },

    /** Opens or closes the panel of the field a shortcut was pressed in. */
    togglePanelOf(field: HTMLElement) {
      const id = ids.get(field);
      if (id && view(id)) patch(id, { open: !view(id)!.open });
      return id !== undefined;
    },

    ignore(id: string, itemId: string) {
      const v = view(id);
      if (!v) return;
      const next = { ...v, ignored: [...v.ignored, itemId] };
      patch(id, { ignored: next.ignored });
      showHighlights(next);
    },

    redact,

    async insertReply(id: string) {
      const current = await fresh(id);
      if (!current?.result.suggestPrivateChannel || !current.result.reply) return;
      await edit(current.session.field, current.result.reply, { lastInputAt: current.session.lastInputAt });
      patch(id, { open: false });
    },

    hold(held: HeldSubmit) {
      const fieldId = idOf(held.session.field);
      sessions.set(fieldId, held.session);
      patch(fieldId, { open: false });
      store.setState({ held: { ...held, fieldId } });
    },

    /** The user's answer to the held-submit dialog. The draft stays in the field in every case. */
    async resolveHold(answer: 'fix' | 'redact' | { postAnyway: OverrideReason }) {
      const held = store.getState().held;
      if (!held) return;
      store.setState({ held: undefined });
      if (answer === 'fix') {
        patch(held.fieldId, { open: true });
      } else if (answer === 'redact') {
        await redact(held.fieldId);
      } else if (held.decision === 'confirm') {
        held.replay();
      }
    },

    submitted(session: FieldSession) {
      submittedIds.add(idOf(session.field));
    },

    forget(field: HTMLElement) {
      const id = ids.get(field);
      if (!id) return;
      highlighter.clear(field);
      sessions.delete(id);
      undrawn.delete(id);
      const { [id]: _gone, ...rest } = store.getState().fields;
      store.setState({ fields: rest });
    },
  };
}

export type InlineController = ReturnType<typeof createInlineController>;
