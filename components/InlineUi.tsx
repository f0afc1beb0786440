import { useStore } from 'zustand';
import type { Lang } from '../lib/checker/types';
import { useUiLang } from '../lib/i18n/useUiLang';
import { isTextControl } from '../lib/page/fieldText';
import { badgeVerdict, findingId, panelItems } from '../lib/page/findingsView';
import type { InlineController } from '../lib/page/inlineController';
import type { FieldView, InlineStore } from '../lib/page/inlineStore';
import { Anchored } from './Anchored';
import { Badge } from './Badge';
import { FindingsPanel } from './FindingsPanel';
import { HoldDialog } from './HoldDialog';
import { placeBadge, placePanel } from './placement';
import { TextareaOverlay } from './TextareaOverlay';

export interface InlineUiProps {
  store: InlineStore;
  controller: InlineController;
  /** The browser's UI language, read once when the content script starts. */
  browserLocale: string;
}

/** Everything SafePost shows in a page, rendered inside its one shadow root. */
export function InlineUi({ store, controller, browserLocale }: InlineUiProps) {
  const fields = useStore(store, (s) => s.fields);
  const held = useStore(store, (s) => s.held);
  const lang = useUiLang(browserLocale);
  const heldView = held && fields[held.fieldId];
  return (
    <>
      {Object.values(fields).map((view) => (
        <FieldUi key={view.id} view={view} lang={lang} controller={controller} />
      ))}
      {held && heldView && (
        <HoldDialog
          lang={lang}
          mode={held.decision}
          count={panelItems(heldView.result, heldView.text, heldView.mediaCount, []).length}
          canRedact={heldView.result.findings.length > 0}
          onFix={() => void controller.resolveHold('fix')}
          onRedact={() => void controller.resolveHold('redact')}
          onPostAnyway={(reason) => void controller.resolveHold({ postAnyway: reason })}
        />
      )}
    </>
  );
}

function FieldUi({ view, lang, controller }: { view: FieldView; lang: Lang; controller: InlineController }) {
  const { id, field, result, text } = view;
  const items = panelItems(result, text, view.mediaCount, view.ignored);
  if (!text && !items.length) return null;
  const verdict = badgeVerdict(result, items);
  const panelId = `sp-panel-${id}`;
  const marked = result.findings.filter((f) => !view.ignored.includes(findingId(text, f)));
  return (
    <div data-safepost-field={id}>
      {isTextControl(field) && <TextareaOverlay field={field} text={text} findings={marked} />}
      <Anchored reference={field} place={placeBadge} className="sp-anchor">
        <Badge lang={lang} verdict={verdict} count={items.length} expanded={view.open} controls={panelId} onToggle={() => controller.toggle(id)} />
      </Anchored>
      {view.open && (
        <Anchored reference={field} place={placePanel} className="sp-anchor">
          <FindingsPanel
            id={panelId}
            lang={lang}
            verdict={verdict}
            items={items}
            ignoredCount={view.ignored.length}
            canRedact={marked.length > 0}
            canInsertReply={result.suggestPrivateChannel && !!result.reply}
            onRedact={() => void controller.redact(id)}
            onInsertReply={() => void controller.insertReply(id)}
            onIgnore={(itemId) => controller.ignore(id, itemId)}
            onClose={() => controller.close(id)}
          />
        </Anchored>
      )}
    </div>
  );
}
