import { memo } from 'react';
import { useStore } from 'zustand';
import type { Lang } from '../lib/checker/types';
import { useUiLang } from '../lib/i18n/useUiLang';
import { isTextControl } from '../lib/page/fieldText';
import { badgeVerdict, panelItems } from '../lib/page/findingsView';
import { drawsSame, markedFindings, overlayText } from '../lib/page/fieldDrawing';
import type { InlineController } from '../lib/page/inlineController';
import type { FieldView, InlineStore } from '../lib/page/inlineStore';
import { Anchored } from './Anchored';
import { Badge } from './Badge';
import { TruncationNotice } from './TruncationNotice';
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
          count={heldView.result.findings.length}
          canRedact={heldView.result.findings.length > 0}
          onFix={() => void controller.resolveHold('fix')}
          onRedact={() => void controller.resolveHold('redact')}
          onPostAnyway={(reason) => void controller.resolveHold({ postAnyway: reason })}
        />
      )}
    </>
  );
}

interface FieldUiProps {
  view: FieldView;
  lang: Lang;
  controller: InlineController;
}

/** Renders again only when what the field's UI draws changes. */
const sameDrawing = (a: FieldUiProps, b: FieldUiProps) => a.lang === b.lang && a.controller === b.controller && drawsSame(a.view, b.view);

const FieldUi = memo(function FieldUi({ view, lang, controller }: FieldUiProps) {
  const { id, field, result, text } = view;
  const items = panelItems(result, text, view.ignored);
  if (!text && !items.length) return null;
  const verdict = badgeVerdict(result, items);
  const panelId = `sp-panel-${id}`;
  const marked = markedFindings(view);
  const mirrored = overlayText(view);
  return (
    <div data-safepost-field={id}>
      {isTextControl(field) && mirrored && <TextareaOverlay field={field} text={mirrored} findings={marked} />}
      <Anchored reference={field} place={placeBadge} className="sp-anchor">
        <Badge lang={lang} verdict={verdict} count={items.length} expanded={view.open} controls={panelId} onToggle={() => controller.toggle(id)} />
        {result.checkedChars !== undefined && <TruncationNotice checkedChars={result.checkedChars} lang={lang} />}
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
}, sameDrawing);
