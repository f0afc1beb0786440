import { findingId } from './findingsView';
import type { FieldView } from './inlineStore';
import { isTextControl } from './fieldText';
import { marksToDraw } from './markBudget';
import { isStartAligned, mirrorText } from './overlayGeometry';

/** Findings drawn in the text: not ignored, about some of it (not the composer's attachments), capped. */
export const markedFindings = ({ result, text, ignored }: FieldView) =>
  marksToDraw(result.findings.filter((f) => f.end > f.start && !ignored.includes(findingId(text, f))));

/** What a text control's overlay draws ('' when it draws nothing). */
export const overlayText = (view: FieldView) =>
  isTextControl(view.field) ? mirrorText(view.text, markedFindings(view), isStartAligned(view.field)) : '';

/**
 * Whether two views of a field draw the same thing. The draft's text only shows in an open panel
 * (excerpts) and in a textarea's overlay: a keystroke that changes neither the findings nor those
 * need not render anything.
 */
export function drawsSame(x: FieldView, y: FieldView): boolean {
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
    x.field === y.field &&
    x.open === y.open &&
    x.ignored === y.ignored &&
    x.result.verdict === y.result.verdict &&
    x.result.suggestPrivateChannel === y.result.suggestPrivateChannel &&
    x.result.reply === y.result.reply &&
    x.result.checkedChars === y.result.checkedChars &&
    sameFindings &&
    sameText
  );
}
