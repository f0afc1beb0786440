import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenRemoved } from '../../lib/page/removal';
import { $, mount, withShadow } from './dom';

afterEach(() => document.body.replaceChildren());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('whenRemoved', () => {
  it('fires once when an ancestor is removed, not when the feed beside it changes', async () => {
    const page = mount('<main><ul class="feed"><li>a</li></ul><section><div><textarea></textarea></div></section></main>');
    const removed = vi.fn();
    whenRemoved($(page, 'textarea'), removed);
    for (let i = 0; i < 50; i++) $(page, '.feed').append(document.createElement('li'));
    $(page, '.feed li').remove();
    await settle();
    expect(removed).not.toHaveBeenCalled();
    $(page, 'section').remove();
    await settle();
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('sees a field leave from inside a shadow root', async () => {
    const page = mount('<x-composer></x-composer>');
    const root = withShadow($(page, 'x-composer'), '<div class="box"><div contenteditable="true"></div></div>');
    const removed = vi.fn();
    whenRemoved($(root as unknown as ParentNode, '[contenteditable]'), removed);
    $(root as unknown as ParentNode, '.box').remove();
    await settle();
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('follows a field moved elsewhere, then sees it leave from there', async () => {
    const page = mount('<div class="a"><textarea></textarea></div><div class="b"><span></span></div>');
    const field = $(page, 'textarea');
    const removed = vi.fn();
    whenRemoved(field, removed);
    $(page, '.b span').append(field);
    await settle();
    expect(removed).not.toHaveBeenCalled();
    $(page, '.b span').remove();
    await settle();
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('stops when its signal aborts', async () => {
    const page = mount('<div><textarea></textarea></div>');
    const removed = vi.fn();
    const controller = new AbortController();
    whenRemoved($(page, 'textarea'), removed, controller.signal);
    controller.abort();
    page.remove();
    await settle();
    expect(removed).not.toHaveBeenCalled();
  });
});
