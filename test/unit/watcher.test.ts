import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../lib/checker/types';
import { startWatcher } from '../../lib/page/watcher';
import { adapterForHost } from '../../lib/sites';
import { $, mount } from './dom';

afterEach(() => document.body.replaceChildren());

const OK: CheckResult = { verdict: 'ok', findings: [], suggestPrivateChannel: false, redacted: '', lang: 'en' };

function start() {
  const controller = new AbortController();
  const check = vi.fn(async () => OK);
  const onDispose = vi.fn();
  const sessions = startWatcher({ adapter: adapterForHost('mastodon.social'), check, onResult: () => {}, onDispose, signal: controller.signal });
  return { controller, check, onDispose, sessions };
}

const form = '<form class="compose-form"><textarea></textarea></form>';

describe('startWatcher', () => {
  it('watches a field the app adds later once it gets focus, and ends its session when it leaves', async () => {
    const { sessions, onDispose, controller } = start();
    expect(sessions.size).toBe(0);
    const page = mount(form);
    const field = $(page, 'textarea');
    field.focus();
    expect(sessions.get(field)?.field).toBe(field);
    expect(field.getAttribute('data-safepost')).toBe('watching');
    page.remove();
    await vi.waitFor(() => expect(sessions.size).toBe(0));
    expect(onDispose).toHaveBeenCalledWith(expect.objectContaining({ field }));
    controller.abort();
  });

  it('watches fields present at start once, however often they get focus', () => {
    const page = mount(form);
    const { sessions, controller } = start();
    const field = $(page, 'textarea');
    field.focus();
    field.blur();
    field.focus();
    expect([...sessions.keys()]).toEqual([field]);
    controller.abort();
  });

  it('ends every session when the content script is invalidated', () => {
    mount(form);
    const { sessions, onDispose, controller } = start();
    controller.abort();
    expect(sessions.size).toBe(0);
    expect(onDispose).toHaveBeenCalledTimes(1);
  });
});
