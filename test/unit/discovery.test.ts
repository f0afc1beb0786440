import { afterEach, describe, expect, it } from 'vitest';
import { fieldFromEvent, fieldsInDocument, focusedField } from '../../lib/page/discovery';
import { adapterForHost } from '../../lib/sites';
import { $, mount, withShadow } from './dom';

afterEach(() => document.body.replaceChildren());

const reddit = adapterForHost('www.reddit.com');
const generic = adapterForHost('forum.example.org');

function focusEvent(target: HTMLElement): FocusEvent {
  let seen: FocusEvent | undefined;
  document.addEventListener('focusin', (e) => (seen = e), { capture: true, once: true });
  target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  if (!seen) throw new Error('focusin did not reach the document');
  return seen;
}

describe('field discovery', () => {
  it('finds a field inside an open shadow root from the document’s focusin', () => {
    const page = mount('<shreddit-composer></shreddit-composer>');
    const root = withShadow($(page, 'shreddit-composer'), '<div contenteditable="true" data-lexical-editor="true"><p><span>x</span></p></div>');
    const editor = $(root as unknown as ParentNode, '[contenteditable]');
    expect(fieldFromEvent(focusEvent(editor), reddit)).toBe(editor);
    // The event retargets to the host at the document, but the field is still found, from inside it too.
    expect(fieldFromEvent(focusEvent($(editor, 'span')), reddit)).toBe(editor);
  });

  it('ignores editors outside the site’s composers', () => {
    const page = mount('<div contenteditable="true" data-lexical-editor="true"></div>');
    expect(fieldFromEvent(focusEvent($(page, '[contenteditable]')), reddit)).toBeUndefined();
  });

  it('never takes SafePost’s own inputs for compose fields', () => {
    const page = mount('<safepost-ui></safepost-ui><textarea id="site"></textarea>');
    const ui = withShadow($(page, 'safepost-ui'), '<textarea></textarea>');
    expect(fieldFromEvent(focusEvent($(ui as unknown as ParentNode, 'textarea')), generic)).toBeUndefined();
    expect(fieldsInDocument(document, generic).map((f) => f.id)).toEqual(['site']);
  });

  it('finds the focused field inside a shadow root at start', () => {
    const page = mount('<shreddit-composer></shreddit-composer>');
    const root = withShadow($(page, 'shreddit-composer'), '<div contenteditable="true" data-lexical-editor="true"></div>');
    const editor = $(root as unknown as ParentNode, '[contenteditable]');
    editor.focus();
    expect(focusedField(document, reddit)).toBe(editor);
  });
});
