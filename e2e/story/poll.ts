/** A condition that did not become true within its time bound. */
export class PollTimeoutError extends Error {
  readonly code = 'poll_timeout';
}

/**
 * Calls `probe` until `done(value)` holds or `timeoutMs` passes, waiting `intervalMs` between calls;
 * returns the last value. Bounded by wall time, never by a count of fixed sleeps.
 *
 * @example
 * const rows = await pollUntil(() => collector.rows(SQL), (r) => r.length > 0, { what: 'rows' });
 */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 60_000, intervalMs = 250, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new PollTimeoutError(`${what}: not reached within ${timeoutMs} ms (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
