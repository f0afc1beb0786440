import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../lib/checker/types';
import { FieldHighlighter, HIGHLIGHT_NAMES } from '../../lib/page/highlight';
import { fragment } from './dom';

/** happy-dom has no Custom Highlight API: a registry of Set-like highlights, as browsers have. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}

function finding(start: number, end: number, severity: Finding['severity']): Finding {
  return { start, end, severity, category: 'PHONE', ruleId: 'test', reason: { key: 'reason_test' } };
}

describe('FieldHighlighter', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
  });
  afterEach(() => vi.unstubAllGlobals());

  function editor(html: string) {
    const el = document.createElement('div');
    el.contentEditable = 'true';
    el.append(fragment(html));
    document.body.replaceChildren(el);
    return el;
  }

  it('highlights each finding over the editor text it names, per severity, without touching the editor', () => {
    const field = editor('<p>Call <b>Mrs Diaz</b></p><p>at 555-201-4477</p>');
    const before = field.cloneNode(true);
    new FieldHighlighter().show(field, [finding(5, 13, 'warn'), finding(17, 29, 'block')], 'Call Mrs Diaz\nat 555-201-4477');
    expect([...registry.get(HIGHLIGHT_NAMES.warn)!].map(String)).toEqual(['Mrs Diaz']);
    expect([...registry.get(HIGHLIGHT_NAMES.block)!].map(String)).toEqual(['555-201-4477']);
    expect(field.isEqualNode(before)).toBe(true);
  });

  it('replaces a field’s highlights on each result and leaves other fields’ alone', () => {
    const h = new FieldHighlighter();
    const a = editor('<p>555-201-4477</p>');
    const b = document.createElement('div');
    b.append(fragment('<p>Mrs Diaz</p>'));
    document.body.append(b);
    h.show(a, [finding(0, 12, 'warn')], '555-201-4477');
    h.show(b, [finding(0, 8, 'warn')], 'Mrs Diaz');
    h.show(a, [], '555-201-4477');
    expect([...registry.get(HIGHLIGHT_NAMES.warn)!].map(String)).toEqual(['Mrs Diaz']);
    h.clearAll();
    expect(registry.get(HIGHLIGHT_NAMES.warn)!.size).toBe(0);
  });

  it('draws nothing for findings about a text the field no longer holds', () => {
    const field = editor('<p>Call Mrs Diaz now</p>');
    const h = new FieldHighlighter();
    h.show(field, [finding(5, 13, 'warn')], 'Call Mrs Diaz now');
    expect([...registry.get(HIGHLIGHT_NAMES.warn)!].map(String)).toEqual(['Mrs Diaz']);
    h.show(field, [finding(5, 13, 'warn'), finding(0, 4, 'block')], 'Call Mrs Diaz at 9');
    expect(registry.get(HIGHLIGHT_NAMES.warn)!.size).toBe(0);
    expect(registry.get(HIGHLIGHT_NAMES.block)?.size ?? 0).toBe(0);
  });

  it('puts back, after an edit, the ranges it collapsed over text still in place, and drops those whose text moved', () => {
    const field = editor('<p>Call Mrs Diaz at 555-201-4477</p>');
    const h = new FieldHighlighter();
    h.show(field, [finding(5, 13, 'warn'), finding(17, 29, 'block')], 'Call Mrs Diaz at 555-201-4477');
    const [name] = [...registry.get(HIGHLIGHT_NAMES.warn)!];
    const [phone] = [...registry.get(HIGHLIGHT_NAMES.block)!];
    // An editor that sets its text node's whole text collapses every range in it.
    const node = field.querySelector('p')!.firstChild as Text;
    node.data = 'Call Mrs Diaz at 555-201-4477 today';
    name!.collapse(true);
    phone!.collapse(true);
    h.reanchor(field);
    expect([...registry.get(HIGHLIGHT_NAMES.warn)!]).toEqual([name]); // the same Range, moved back
    expect(String(name)).toBe('Mrs Diaz');
    expect(String(phone)).toBe('555-201-4477');

    node.data = 'Hi, call Mrs Diaz at 555-201-4477 today'; // typed before the findings: their text moved
    name!.collapse(true);
    h.reanchor(field);
    expect(registry.get(HIGHLIGHT_NAMES.warn)!.size).toBe(0);
    expect(String(phone)).not.toBe('');
  });
});
