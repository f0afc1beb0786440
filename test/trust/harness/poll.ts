/**
 * Polls `read` until `ok` holds (usable in hooks, where expect.poll is not), so that tests wait for
 * a state rather than sleep for a guessed time; fails with the last value seen.
 */
export async function waitFor<T>(read: () => Promise<T> | T, ok: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
