import { memo } from 'react';
import { useStore } from 'zustand';
import type { Lang } from '../lib/checker/types';
import { useUiLang } from '../lib/i18n/useUiLang';
import { isTextControl } from '../lib/page/fieldText';
import { isStartAligned, mirrorText } from '../lib/page/overlayGeometry';
import { badgeVerdict, findingId, panelItems } from '../lib/page/findingsView';
import type { InlineController } from '../lib/page/inlineController';
import type { FieldView, InlineStore } from '../lib/page/inlineStore';
import { Anchored } from './Anchored';
import { marksToDraw } from '../lib/page/markBudget';
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

/** Findings drawn in the text: not ignored, about some of it (not the composer's attachments), capped. */
const markedFindings = ({ result, text, ignored }: FieldView) =>
  marksToDraw(result.findings.filter((f) => f.end > f.start && !ignored.includes(findingId(text, f))));

/** What a text control's overlay draws ('' when it draws nothing). */
const overlayText = (view: FieldView) =>
  isTextControl(view.field) ? mirrorText(view.text, markedFindings(view), isStartAligned(view.field)) : '';

interface FieldUiProps {
  view: FieldView;
  lang: Lang;
  controller: InlineController;
}

/**
 * Whether two views draw the same thing. The draft's text only shows in an open panel (excerpts) and
 * in a textarea's overlay: a keystroke that changes neither the findings nor those need not render.
 */
function sameDrawing(a: FieldUiProps, b: FieldUiProps): boolean {
  const [x, y] = [a.view, b.view];
  const sameText =
    x.text === y.text ||
    (!x.open && !y.open && !x.text === !y.text && (!isTextControl(x.field) || overlayText(x) === overlayText(y)));
  const sameFindings =
    x.result.findings.length === y.result.findings.length &&
    x.result.findings.every((f, i) => {
      const g = y.result.findings[i]!;
      return f.start === g.start && f.end === g.end && f.category === g.category && f.severity === g.severity && f.ruleId === g.ruleId;
    });
  return (
    a.lang === b.lang &&
    a.controller === b.controller &&
    x.field === y.field &&
    x.open === y.open &&
    x.ignored === y.ignored &&
    x.result.verdict === y.result.verdict &&
    x.result.suggestPrivateChannel === y.result.suggestPrivateChannel &&
    x.result.reply === y.result.reply &&
    sameFindings &&
    sameText
  );
}

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
