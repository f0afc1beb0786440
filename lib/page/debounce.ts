/**
 * Calls fn once calls have stopped for `wait` ms; cancel() drops a pending call. One timer per
 * quiet period, not one per call: a call only notes its time, and a timer that fires too early
 * re-arms for the rest, so a keystroke costs a clock read rather than a clearTimeout/setTimeout pair.
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, wait: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  let args: A;
  const fire = () => {
    const quiet = performance.now() - last;
    if (quiet < wait) {
      timer = setTimeout(fire, wait - quiet);
      return;
    }
    timer = undefined;
    fn(...args);
  };
  const debounced = (...callArgs: A) => {
    last = performance.now();
    args = callArgs;
    timer ??= setTimeout(fire, wait);
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
