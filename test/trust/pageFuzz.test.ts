import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { BudgetedResult } from '../../lib/checkBudget';
import type { Verdict } from '../../lib/checker/types';
import { startWatcher } from '../../lib/page/watcher';
import { generic } from '../../lib/sites/generic';

/**
 * The content script's page machinery on randomly generated pages and edits: fields of every kind,
 * in open shadow roots, added, removed, moved and edited with or without input events, while the
 * background answers slowly, out of order or not at all. It must never throw, never change a
 * field's text, always end with the verdict for the text each watched field holds, and leave no
 * mark once stopped.
 */
const VERDICTS: Verdict[] = ['ok', 'warn', 'block'];
function verdictFor(text: string): Verdict {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return VERDICTS[Math.abs(h) % 3]!;
}
const resultFor = (text: string): BudgetedResult => ({ verdict: verdictFor(text), findings: [], suggestPrivateChannel: false, redacted: text, lang: 'en' });

type FieldKind = 'textarea' | 'contenteditable' | 'textbox' | 'input';
type Step =
  | { op: 'type'; field: number; text: string; event: boolean }
  | { op: 'focus'; field: number }
  | { op: 'remove'; field: number }
  | { op: 'add'; kind: FieldKind; inShadow: boolean }
  | { op: 'moveIntoShadow'; field: number };

const kind = fc.constantFrom<FieldKind>('textarea', 'contenteditable', 'textbox', 'input');
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom('', 'call 555-201-4477', 'Mrs Diaz'));
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('type' as const), field: fc.nat(20), text, event: fc.boolean() }),
  fc.record({ op: fc.constant('focus' as const), field: fc.nat(20) }),
  fc.record({ op: fc.constant('remove' as const), field: fc.nat(20) }),
  fc.record({ op: fc.constant('add' as const), kind, inShadow: fc.boolean() }),
  fc.record({ op: fc.constant('moveIntoShadow' as const), field: fc.nat(20) }),
);
const page = fc.record({
  initial: fc.array(fc.record({ kind, inShadow: fc.boolean(), text }), { minLength: 1, maxLength: 6 }),
  steps: fc.array(step, { maxLength: 25 }),
  failing: fc.boolean(),
});

function makeField(k: FieldKind): HTMLElement {
  if (k === 'textarea') return document.createElement('textarea');
  if (k === 'input') return document.createElement('input'); // not a compose field for the generic adapter
  const el = document.createElement('div');
  if (k === 'contenteditable') el.contentEditable = 'true';
  else el.setAttribute('role', 'textbox');
  return el;
}

const isControl = (el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement => el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
const textOf = (el: HTMLElement) => (isControl(el) ? el.value : (el.textContent ?? ''));
function setText(el: HTMLElement, value: string) {
  if (isControl(el)) el.value = value;
  else el.textContent = value;
}

function place(el: HTMLElement, inShadow: boolean) {
  if (!inShadow) {
    document.body.append(el);
    return;
  }
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(el);
  document.body.append(host);
}

describe('page machinery on generated pages (fuzzed)', () => {
  it('never throws or edits a field, ends with the verdict for each watched field’s text, and stops cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(page, fc.infiniteStream(fc.nat(25)), async ({ initial, steps, failing }, delays) => {
        document.body.replaceChildren();
        const fields: HTMLElement[] = [];
        const expected = new Map<HTMLElement, string>();
        for (const f of initial) {
          const el = makeField(f.kind);
          setText(el, f.text);
          place(el, f.inShadow);
          fields.push(el);
          expected.set(el, textOf(el));
        }
        let calls = 0;
        const check = vi.fn(async (t: string) => {
          await new Promise((resolve) => setTimeout(resolve, delays.next().value as number));
          if (failing && ++calls % 3 === 0) throw new Error('Extension context invalidated.');
          return resultFor(t);
        });
        const controller = new AbortController();
        startWatcher({ adapter: generic, check, onResult: () => undefined, signal: controller.signal });

        for (const s of steps) {
          const el = 'field' in s ? fields[s.field % fields.length] : undefined;
          if (s.op === 'type' && el) {
            setText(el, s.text);
            // What the page holds after its own write: an <input> drops line breaks from its value.
            expected.set(el, textOf(el));
            if (s.event) el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          } else if (s.op === 'focus' && el) {
            el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
          } else if (s.op === 'remove' && el) {
            (el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : el).remove();
          } else if (s.op === 'add') {
            const added = makeField(s.kind);
            place(added, s.inShadow);
            fields.push(added);
            expected.set(added, '');
          } else if (s.op === 'moveIntoShadow' && el?.isConnected) {
            place(el, true);
          }
          if (delays.next().value! % 3 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        }
        // One more edit of each watched field, with its input event, so that a failed check is retried.
        for (const el of fields) if (el.isConnected && el.getAttribute('data-safepost') === 'watching') el.dispatchEvent(new InputEvent('input', { bubbles: true }));
        failing = false;

        for (const el of fields) expect(textOf(el)).toBe(expected.get(el));
        await vi.waitFor(
          () => {
            for (const el of fields) {
              if (!el.isConnected || el.getAttribute('data-safepost') !== 'watching') continue;
              expect(el.getAttribute('data-safepost-verdict')).toBe(verdictFor(textOf(el)));
            }
          },
          { timeout: 3000, interval: 20 },
        );
        expect(fields.filter((el) => el instanceof HTMLInputElement).every((el) => el.getAttribute('data-safepost') === null)).toBe(true);

        controller.abort();
        for (const el of fields) {
          expect(el.getAttribute('data-safepost')).toBeNull();
          expect(el.getAttribute('data-safepost-verdict')).toBeNull();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
