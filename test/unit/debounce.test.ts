import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../lib/page/debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('calls once, with the last arguments, when calls have stopped for the wait', async () => {
    const fn = vi.fn();
    const d = debounce(fn, 60);
    d('a');
    await vi.advanceTimersByTimeAsync(30);
    d('b');
    await vi.advanceTimersByTimeAsync(50);
    d('c');
    await vi.advanceTimersByTimeAsync(59);
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fn).toHaveBeenCalledOnce();
    expect(fn).toHaveBeenCalledWith('c');
  });

  it('sets no timer per call: a burst of keystrokes costs one or two timers', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const d = debounce(() => {}, 60);
    for (let i = 0; i < 50; i++) {
      d();
      await vi.advanceTimersByTimeAsync(5);
    }
    await vi.advanceTimersByTimeAsync(60);
    expect(setTimeoutSpy.mock.calls.length).toBeLessThanOrEqual(1 + Math.ceil((50 * 5) / 60) + 1);
  });

  it('cancel drops the pending call', async () => {
    const fn = vi.fn();
    const d = debounce(fn, 60);
    d();
    d.cancel();
    await vi.advanceTimersByTimeAsync(200);
    expect(fn).not.toHaveBeenCalled();
  });
});
