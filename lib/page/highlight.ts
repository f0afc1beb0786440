import type { Finding, Severity } from '../checker/types';
import { rangeFor, readEditorText, type EditorText } from './fieldText';

/** One Highlight per severity, registered under these names in the page's CSS.highlights. */
export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  info: 'safepost-info',
  warn: 'safepost-warn',
  block: 'safepost-block',
};

/**
 * How findings look in the page. Each severity has its own underline style, not only its own
 * colour: dotted (info), wavy (warn), double (block). Only SafePost's named highlights are styled,
 * so nothing of the site's own look changes.
 */
const HIGHLIGHT_CSS = `
::highlight(safepost-info) { text-decoration: underline dotted #1a5fb4 2px; }
::highlight(safepost-warn) { background-color: rgb(255 190 0 / 0.28); text-decoration: underline wavy #9a5b00 1.5px; }
::highlight(safepost-block) { background-color: rgb(230 0 40 / 0.18); text-decoration: underline double #b00020 2px; }
`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

interface Marked {
  severity: Severity;
  range: Range;
  /** Where the range was drawn in the field's text, and the text it covered. */
  start: number;
  end: number;
  text: string;
}

/**
 * Highlights findings inside contenteditable editors with the CSS Custom Highlight API: ranges over
 * the editor's own text nodes, painted by the browser, so the editor's DOM is never touched (no
 * caret jumps, nothing for Lexical to delete). ::highlight() rules apply per tree scope, so the
 * style sheet is adopted by the document and by each shadow root an editor lives in.
 */
/** Moves a mark's range back over its text, when the field's text still has it where it was drawn. */
function placeAgain(m: Marked, read: EditorText): boolean {
  const range = read.text.slice(m.start, m.end) === m.text ? rangeFor(read, m.start, m.end) : undefined;
  if (!range) return false;
  m.range.setStart(range.startContainer, range.startOffset);
  m.range.setEnd(range.endContainer, range.endOffset);
  return true;
}

export class FieldHighlighter {
  private readonly ranges = new Map<HTMLElement, Marked[]>();
  private readonly highlights = new Map<Severity, Highlight>();
  private readonly styled = new WeakSet<Document | ShadowRoot>();
  private sheet: CSSStyleSheet | undefined;

  /**
   * Shows `findings`, offsets into `text`, in place of the field's previous ones. `text` is what the
   * findings were checked on; if the field holds something else by now, nothing is drawn until the
   * next result.
   */
  show(field: HTMLElement, findings: readonly Finding[], text: string): void {
    const wanted = findings
      .filter((f) => f.end > f.start) // a finding about the whole composer (an attachment) has no text to mark
      .map((f) => ({ severity: f.severity, text: text.slice(f.start, f.end), f }));
    const current = this.ranges.get(field) ?? [];
    // While the user types after the findings, their ranges (live, they follow the text) still cover
    // the same characters: leave the page's highlights alone rather than repaint them per keystroke.
    const unchanged =
      current.length === wanted.length &&
      current.every((m, i) => m.severity === wanted[i]!.severity && m.range.toString() === wanted[i]!.text);
    if (unchanged) {
      // The same text may stand elsewhere now (typed before it): remember where, for reanchor.
      for (let i = 0; i < current.length; i++) {
        current[i]!.start = wanted[i]!.f.start;
        current[i]!.end = wanted[i]!.f.end;
      }
      return;
    }
    this.clear(field);
    if (!wanted.length) return;
    const read = readEditorText(field);
    if (read.text !== text) return;
    this.adoptStyle(field.getRootNode());
    const mine: Marked[] = [];
    for (const { severity, text: covered, f } of wanted) {
      const range = rangeFor(read, f.start, f.end);
      if (!range) continue;
      mine.push({ severity, range, start: f.start, end: f.end, text: covered });
      this.highlight(severity).add(range);
    }
    this.ranges.set(field, mine);
  }

  /**
   * After an edit, puts back the ranges the edit collapsed over text that is still where it was: editors set
   * a text node's whole text on each keystroke (Draft.js, Lexical), which collapses every range inside it,
   * so without this the marks would vanish until the next check. The same Range objects are moved, so the
   * page's highlights keep their members. Marks whose text moved wait for the check.
   */
  reanchor(field: HTMLElement): void {
    const current = this.ranges.get(field);
    if (!current?.length || current.every((m) => m.range.toString() === m.text)) return;
    const read = readEditorText(field);
    const kept: Marked[] = [];
    for (const m of current) {
      if (m.range.toString() === m.text || placeAgain(m, read)) kept.push(m);
      else this.highlights.get(m.severity)?.delete(m.range);
    }
    this.ranges.set(field, kept);
  }

  clear(field: HTMLElement): void {
    for (const { severity, range } of this.ranges.get(field) ?? []) this.highlights.get(severity)?.delete(range);
    this.ranges.delete(field);
  }

  clearAll(): void {
    for (const field of [...this.ranges.keys()]) this.clear(field);
  }

  private highlight(severity: Severity): Highlight {
    let highlight = this.highlights.get(severity);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = severity === 'block' ? 2 : severity === 'warn' ? 1 : 0;
      CSS.highlights.set(HIGHLIGHT_NAMES[severity], highlight);
      this.highlights.set(severity, highlight);
    }
    return highlight;
  }

  private adoptStyle(root: Node): void {
    const scope = root instanceof ShadowRoot ? root : root instanceof Document ? root : undefined;
    if (!scope || this.styled.has(scope)) return;
    this.sheet ??= new CSSStyleSheet();
    if (!this.sheet.cssRules.length) this.sheet.replaceSync(HIGHLIGHT_CSS);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, this.sheet];
    this.styled.add(scope);
  }
}
