import { ApiError } from './api-error.ts';

const DAY_MS = 86_400_000;
/** The longest range a request may ask for, in days. */
export const MAX_RANGE_DAYS = 400;
/** Without `from`, the range is this many days up to `to`. */
export const DEFAULT_RANGE_DAYS = 30;

/**
 * A request's day range (UTC days `YYYY-MM-DD`, both inclusive) with its defaults: without `to` it
 * ends today, without `from` it is the 30 days up to `to`. Throws a 400 `invalid_range` when `from` is
 * after `to` or the range is longer than 400 days. The days must already be well-formed.
 *
 * @example
 * resolveDayRange({ to: '2026-11-30' }); // { from: '2026-11-01', to: '2026-11-30' }
 */
export function resolveDayRange(
  asked: { from?: string | undefined; to?: string | undefined },
  now = Date.now(),
): { from: string; to: string } {
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const to = asked.to ?? iso(now);
  const from = asked.from ?? iso(Date.parse(to) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  const span = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (Number.isNaN(span) || span < 0 || span > MAX_RANGE_DAYS) {
    throw new ApiError(
      400,
      'invalid_range',
      `from must not be after to, and the range is at most ${MAX_RANGE_DAYS} days.`,
    );
  }
  return { from, to };
}
