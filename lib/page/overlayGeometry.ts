/**
 * Geometry of the mirror drawn over a textarea or input to show findings: a box exactly over the
 * field, laid out with the field's own font, padding, borders and wrapping, so each finding's marks
 * fall on the characters they mark; its content is shifted by the field's scroll offsets.
 */
export interface FieldBox {
  rect: { left: number; top: number; width: number; height: number };
  computed: Pick<
    CSSStyleDeclaration,
    | 'boxSizing' | 'borderTopWidth' | 'borderRightWidth' | 'borderBottomWidth' | 'borderLeftWidth'
    | 'paddingTop' | 'paddingRight' | 'paddingBottom' | 'paddingLeft' | 'fontFamily' | 'fontSize'
    | 'fontWeight' | 'fontStyle' | 'fontStretch' | 'fontVariant' | 'lineHeight' | 'letterSpacing'
    | 'wordSpacing' | 'textTransform' | 'textIndent' | 'textAlign' | 'tabSize' | 'direction'
  >;
  /** The field's inner width without a scrollbar (element.clientWidth). */
  clientWidth: number;
  scrollTop: number;
  scrollLeft: number;
  /** An <input> keeps one unwrapped, vertically centred line. */
  singleLine: boolean;
}

export type StyleMap = Record<string, string>;

const px = (value: string) => Number.parseFloat(value) || 0;

export function mirrorGeometry({ rect, computed: c, clientWidth, scrollTop, scrollLeft, singleLine }: FieldBox): {
  box: StyleMap;
  content: StyleMap;
} {
  const borders = px(c.borderLeftWidth) + px(c.borderRightWidth);
  // A vertical scrollbar narrows the text column: widen the right padding by its width.
  const scrollbar = Math.max(0, Math.round(rect.width - borders - clientWidth));
  const innerHeight = rect.height - px(c.borderTopWidth) - px(c.borderBottomWidth) - px(c.paddingTop) - px(c.paddingBottom);
  const box: StyleMap = {
    position: 'fixed',
    left: `${rect.left}px`,
    top: `${rect.top}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
    boxSizing: 'border-box',
    overflow: 'hidden',
    pointerEvents: 'none',
    borderStyle: 'solid',
    borderColor: 'transparent',
    borderTopWidth: c.borderTopWidth,
    borderRightWidth: c.borderRightWidth,
    borderBottomWidth: c.borderBottomWidth,
    borderLeftWidth: c.borderLeftWidth,
    paddingTop: c.paddingTop,
    paddingRight: `${px(c.paddingRight) + scrollbar}px`,
    paddingBottom: c.paddingBottom,
    paddingLeft: c.paddingLeft,
    fontFamily: c.fontFamily,
    fontSize: c.fontSize,
    fontWeight: c.fontWeight,
    fontStyle: c.fontStyle,
    fontStretch: c.fontStretch,
    fontVariant: c.fontVariant,
    lineHeight: singleLine ? `${innerHeight}px` : c.lineHeight,
    letterSpacing: c.letterSpacing,
    wordSpacing: c.wordSpacing,
    textTransform: c.textTransform,
    textIndent: c.textIndent,
    textAlign: c.textAlign,
    tabSize: c.tabSize,
    direction: c.direction,
    whiteSpace: singleLine ? 'pre' : 'pre-wrap',
    overflowWrap: singleLine ? 'normal' : 'break-word',
    color: 'transparent',
  };
  return { box, content: { display: 'block', transform: `translate(${-scrollLeft}px, ${-scrollTop}px)` } };
}

export function fieldBox(field: HTMLTextAreaElement | HTMLInputElement): FieldBox {
  return {
    rect: field.getBoundingClientRect(),
    computed: getComputedStyle(field),
    clientWidth: field.clientWidth,
    scrollTop: field.scrollTop,
    scrollLeft: field.scrollLeft,
    singleLine: field instanceof HTMLInputElement,
  };
}

/**
 * The part of a text control's text the mirror needs: up to the end of the word that holds the
 * last marked finding. What follows cannot move the marks (in start-aligned, left-to-right text a
 * line's earlier characters do not depend on later ones), so typing after the last finding leaves
 * the mirror as it is. Centred, end-aligned or right-to-left text is mirrored up to the end of that
 * paragraph instead. Empty when nothing is marked.
 */
export function mirrorText(text: string, marks: readonly { end: number }[], startAligned: boolean): string {
  const last = marks.reduce((end, m) => Math.max(end, m.end), 0);
  if (!marks.length) return '';
  const boundary = startAligned ? /\s/g : /\n/g;
  boundary.lastIndex = last;
  const cut = boundary.exec(text)?.index ?? text.length;
  return text.slice(0, cut);
}

const alignment = new WeakMap<Element, boolean>();

/** Whether a field's text is start-aligned and left-to-right (read once per field: it forces a style pass). */
export function isStartAligned(field: Element): boolean {
  let start = alignment.get(field);
  if (start === undefined) {
    const { direction, textAlign } = getComputedStyle(field);
    start = direction === 'ltr' && (textAlign === 'start' || textAlign === 'left');
    alignment.set(field, start);
  }
  return start;
}
