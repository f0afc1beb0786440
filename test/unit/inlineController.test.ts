import { describe, expect, it, vi } from 'vitest';
import type { CheckResult, Finding } from '../../lib/checker/types';
import type { FieldSession } from '../../lib/page/fieldSession';
import { createInlineController } from '../../lib/page/inlineController';
import { createInlineStore } from '../../lib/page/inlineStore';

const phone: Finding = { start: 5, end: 17, category: 'PHONE', severity: 'warn', ruleId: 'phone', reason: { key: 'reason_phone' } };

function result(findings: Finding[]): CheckResult {
  return { verdict: findings.length ? 'warn' : 'ok', findings, suggestPrivateChannel: false, redacted: '', lang: 'en' };
}

function setup() {
  const store = createInlineStore();
  const highlighter = { show: vi.fn(), clear: vi.fn() };
  const controller = createInlineController({ store, highlighter });
  const field = document.createElement('div');
  const session: FieldSession = {
    field,
    result: undefined,
    checkedText: undefined,
    mediaCount: 0,
    lastInputAt: 0,
    recheck: () => {},
    checkNow: () => Promise.resolve(session.result),
    isCurrent: () => true,
    dispose: () => {},
  };
  const land = (text: string, r: CheckResult) => {
    Object.assign(session, { checkedText: text, result: r });
    controller.onResult(session);
  };
  const renders = vi.fn();
  store.subscribe(renders);
  return { store, controller, highlighter, land, renders };
}

describe('inline controller', () => {
  it('renders a result only when it draws something new, and keeps the newest text for the panel', () => {
    const { store, controller, highlighter, land, renders } = setup();
    land('Call 555-201-4477', result([phone]));
    expect(renders).toHaveBeenCalledTimes(1);
    land('Call 555-201-4477 to', result([phone])); // typing after the finding: same badge, same marks
    land('Call 555-201-4477 today', result([phone]));
    expect(renders).toHaveBeenCalledTimes(1);
    expect(highlighter.show).toHaveBeenLastCalledWith(expect.anything(), [phone], 'Call 555-201-4477 today');

    controller.toggle('f1'); // opening the panel shows the text as it is now
    expect(renders).toHaveBeenCalledTimes(2);
    expect(store.getState().fields.f1).toMatchObject({ open: true, text: 'Call 555-201-4477 today' });

    land('Call 555-201-4477 today!', result([phone])); // the open panel shows the text: it renders
    expect(renders).toHaveBeenCalledTimes(3);
    controller.close('f1');
    land('Call now', result([]));
    expect(store.getState().fields.f1).toMatchObject({ text: 'Call now', result: { verdict: 'ok' } });
  });

  it('forgets a field’s unrendered view with the field', () => {
    const { store, controller, land } = setup();
    land('Call 555-201-4477', result([phone]));
    land('Call 555-201-4477 x', result([phone]));
    const field = store.getState().fields.f1!.field;
    controller.forget(field);
    expect(store.getState().fields).toEqual({});
    controller.toggle('f1');
    expect(store.getState().fields).toEqual({});
  });
});
