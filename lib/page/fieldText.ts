/** A compose field: a text control or the editing host of a rich editor. */
export type ComposeField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/**
 * Elements that start a new line. Decided by tag rather than computed style: reading the style
 * would force a layout on every keystroke, and editors build their blocks from these tags
 * (Draft.js and plain contenteditable: div; Lexical, ProseMirror, Quill: p, h1…, li, blockquote).
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'VIDEO', 'AUDIO', 'SVG', 'CANVAS']);

function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden');
}

/** One text node's place in the field's text. */
interface TextPiece {
  node: Text;
  /** Offset of the node's first character in the field's text. */
  start: number;
}

/**
 * A rich editor's text as SafePost reads it, with where each character comes from. Every block is
 * one line (an empty block is an empty line), <br> breaks a line unless it only props up the end of
 * its block (as editors put in empty paragraphs), and text nodes are taken as they are: editors
 * render with white-space: pre-wrap, so there is nothing to collapse. Offsets into `text` map back
 * to DOM positions with rangeFor(), so findings can be highlighted where they are.
 */
export interface EditorText {
  text: string;
  pieces: TextPiece[];
}

type Line = { parts: string[]; pieces: TextPiece[] };

export function readEditorText(root: HTMLElement): EditorText {
  const lines: Line[] = [];
  let line: Line | undefined;
  let length = 0; // of the text so far, including the "\n" between finished lines
  const newLine = () => {
    if (lines.length) length += 1;
    line = { parts: [], pieces: [] };
    lines.push(line);
  };
  const endLine = () => {
    line = undefined;
  };

  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        // Source formatting between blocks (a newline and indentation) is not part of any line.
        if (!line && /^\s*\n\s*$/.test(data)) continue;
        if (!line) newLine();
        line!.pieces.push({ node: child as Text, start: length });
        line!.parts.push(data);
        length += data.length;
      } else if (child instanceof Element) {
        if (isSkipped(child)) continue;
        if (child.tagName === 'BR') {
          if (!line) newLine();
          if (!isTrailingBreak(child, root)) newLine();
        } else if (BLOCK_TAGS.has(child.tagName)) {
          endLine();
          const before = lines.length;
          visit(child);
          if (lines.length === before) newLine(); // an empty block is still a line
          endLine();
        } else {
          visit(child);
        }
      }
    }
  };
  visit(root);

  const pieces: TextPiece[] = [];
  for (const l of lines) pieces.push(...l.pieces);
  return { text: lines.map((l) => l.parts.join('')).join('\n'), pieces };
}

/** True when nothing rendered follows this <br> inside its block: it only keeps an empty line open. */
function isTrailingBreak(br: Element, root: HTMLElement): boolean {
  for (let node: Node | null = br; node && node !== root; node = node.parentNode) {
    if (node !== br && node instanceof Element && BLOCK_TAGS.has(node.tagName)) return true;
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE ? (next as Text).data.length > 0 : next instanceof Element && !isSkipped(next)) {
        return false;
      }
    }
  }
  return true;
}

/** The text the user sees in the field, with rich editors' blocks joined by newlines. */
export function readFieldText(field: ComposeField): string {
  if (isTextControl(field)) return field.value;
  return readEditorText(field).text;
}

/**
 * A DOM point for an offset into EditorText.text. `bias` says which side of a line break or piece
 * boundary to prefer: a range starts at the beginning of the next text, and ends at the end of the
 * previous one, so neither includes an invisible neighbour.
 */
function pointAt(read: EditorText, offset: number, bias: 'start' | 'end'): { node: Text; offset: number } | undefined {
  const { pieces } = read;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const end = piece.start + piece.node.data.length;
    const inside = bias === 'start' ? offset >= piece.start && offset < end : offset > piece.start && offset <= end;
    if (inside) return { node: piece.node, offset: offset - piece.start };
    if (bias === 'start' && offset < piece.start) return { node: piece.node, offset: 0 };
    if (bias === 'end' && offset <= piece.start) {
      const previous = pieces[i - 1];
      return previous ? { node: previous.node, offset: previous.node.data.length } : undefined;
    }
  }
  const last = pieces[pieces.length - 1];
  return bias === 'end' && last ? { node: last.node, offset: last.node.data.length } : undefined;
}

/** The DOM Range covering [start, end) of the text read by readEditorText; undefined if empty. */
export function rangeFor(read: EditorText, start: number, end: number): Range | undefined {
  const from = pointAt(read, start, 'start');
  const to = pointAt(read, end, 'end');
  if (!from || !to) return undefined;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? undefined : range;
}
