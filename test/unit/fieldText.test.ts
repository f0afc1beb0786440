import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditorText, readFieldText } from '../../lib/page/fieldText';
import { fragment } from './dom';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.append(fragment(html));
  document.body.replaceChildren(el);
  return el;
}

/** The markup each editor renders for the lines ["Call Mrs Diaz", "", "at 555-201-4477"]. */
const EDITORS: Record<string, string> = {
  'Draft.js': [
    '<div data-contents="true">',
    '<div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="a"><span data-text="true">Call Mrs Diaz</span></span></div></div>',
    '<div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="b"><br data-text="true"></span></div></div>',
    '<div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="c"><span data-text="true">at 555-201-4477</span></span></div></div>',
    '</div>',
  ].join(''),
  Lexical: '<p dir="ltr"><span data-lexical-text="true">Call </span><strong data-lexical-text="true">Mrs Diaz</strong></p><p><br></p><p><span data-lexical-text="true">at 555-201-4477</span></p>',
  ProseMirror: '<p>Call <strong>Mrs Diaz</strong></p><p><br class="ProseMirror-trailingBreak"></p><p>at 555-201-4477</p>',
  Quill: '<p>Call Mrs Diaz</p><p><br></p><p>at 555-201-4477</p>',
  'plain contenteditable': 'Call Mrs Diaz<div><br></div><div>at 555-201-4477</div>',
  'source formatting': '\n  <p>Call Mrs Diaz</p>\n  <p><br></p>\n  <p>at 555-201-4477</p>\n',
};
const EXPECTED = 'Call Mrs Diaz\n\nat 555-201-4477';

describe('readEditorText', () => {
  for (const [name, html] of Object.entries(EDITORS)) {
    it(`reads ${name} blocks as lines, empty blocks as empty lines`, () => {
      expect(readEditorText(editor(html)).text).toBe(EXPECTED);
    });
  }

  it('keeps line breaks inside a block and drops the one that only props up its end', () => {
    expect(readEditorText(editor('<p>one<br>two<br></p><p>three</p>')).text).toBe('one\ntwo\nthree');
    expect(readEditorText(editor('<p>one<br><br></p>')).text).toBe('one\n');
  });

  it('reads an empty editor as empty text', () => {
    expect(readEditorText(editor('<p><br></p>')).text).toBe('');
    expect(readEditorText(editor('')).text).toBe('');
  });

  it('keeps spaces exactly (editors render pre-wrap) and skips non-text elements', () => {
    expect(readEditorText(editor('<p>  two  spaces</p><p>   </p><style>p{}</style><p>x<img alt="pic">y</p>')).text).toBe(
      '  two  spaces\n   \nxy',
    );
  });

  it('reads text controls by value', () => {
    const ta = document.createElement('textarea');
    ta.value = 'line one\nline two';
    expect(readFieldText(ta)).toBe('line one\nline two');
  });
});

describe('rangeFor', () => {
  for (const [name, html] of Object.entries(EDITORS)) {
    it(`maps offsets to the DOM text they came from (${name})`, () => {
      const read = readEditorText(editor(html));
      const name_ = read.text.indexOf('Mrs Diaz');
      expect(rangeFor(read, name_, name_ + 8)?.toString()).toBe('Mrs Diaz');
      const phone = read.text.indexOf('555-201-4477');
      expect(rangeFor(read, phone, phone + 12)?.toString()).toBe('555-201-4477');
      // Across lines the range holds the same characters, less the line breaks it spans (and any
      // unrendered source formatting between blocks).
      expect(rangeFor(read, 5, read.text.length)?.toString().replace(/\s*\n\s*/g, '')).toBe('Mrs Diazat 555-201-4477');
    });
  }

  it('gives no range for an empty span or one outside the text', () => {
    const read = readEditorText(editor('<p>abc</p>'));
    expect(rangeFor(read, 1, 1)).toBeUndefined();
    expect(rangeFor(read, 5, 9)).toBeUndefined();
  });

  it('counts UTF-16 code units as the checker does (emoji before a finding)', () => {
    const read = readEditorText(editor('<p>👩‍⚕️ Dr <b>Ng</b> 😀 555-201-4477</p>'));
    const at = read.text.indexOf('555');
    expect(rangeFor(read, at, at + 12)?.toString()).toBe('555-201-4477');
  });

  it('agrees with readEditorText for any nesting of blocks, inlines and text', () => {
    const text = fc.stringMatching(/^[a-z 0-9]{0,6}$/);
    type Tree = { tag: string; children: (Tree | string)[] };
    const { tree } = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
      tree: fc.record({
        tag: fc.constantFrom('p', 'div', 'span', 'strong', 'li'),
        children: fc.array(tie('node'), { maxLength: 4 }),
      }),
      node: fc.oneof({ depthSize: 'small' }, text, fc.constant('<br>'), tie('tree')),
    }));
    const html = (t: Tree | string): string =>
      typeof t === 'string' ? t : `<${t.tag}>${t.children.map(html).join('')}</${t.tag}>`;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (trees, a, b) => {
        const read = readEditorText(editor(trees.map(html).join('')));
        const n = read.text.length;
        const [start, end] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y) as [number, number];
        const expected = read.text.slice(start, end).replace(/\n/g, '');
        expect(rangeFor(read, start, end)?.toString() ?? '').toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
