const HOUR = 3_600_000;
const KST_OFFSET_HOURS = 9;

// Relative traffic of complaint portals by local (KST) hour: office hours, a lunch dip, an evening bump.
const HOURLY = [
  0.1, 0.05, 0.03, 0.03, 0.04, 0.08, 0.2, 0.45, 0.8, 1, 1, 0.95, 0.7, 0.9, 1, 0.95, 0.85, 0.7, 0.55, 0.5, 0.5, 0.45,
  0.3, 0.18,
];

/**
 * Spreads sessions over a time window with the weekly and daily rhythm of a complaint portal, in
 * chronological order and without storing one time per session: session `i` of `n` starts at the
 * inverse of the cumulative traffic curve at `(i + jitter) / n`.
 *
 * @example
 * const at = createSessionClock(Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 29));
 * at(0.5); // a millisecond time about half-way through the traffic of those four weeks
 */
export function createSessionClock(startMs: number, endMs: number): (u: number) => number {
  const firstHour = Math.floor(startMs / HOUR);
  const hours = Math.max(1, Math.ceil((endMs - startMs) / HOUR));
  const cumulative = new Float64Array(hours + 1);
  for (let h = 0; h < hours; h++) {
    const local = new Date((firstHour + h + KST_OFFSET_HOURS) * HOUR);
    const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
    cumulative[h + 1] = cumulative[h]! + HOURLY[local.getUTCHours()]! * (weekend ? 0.45 : 1);
  }
  const total = cumulative[hours]!;
  return (u) => {
    const target = Math.min(Math.max(u, 0), 0.999999) * total;
    let lo = 0;
    let hi = hours;
    while (lo + 1 < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= target) lo = mid;
      else hi = mid;
    }
    const within = (target - cumulative[lo]!) / (cumulative[lo + 1]! - cumulative[lo]! || 1);
    return Math.min(endMs - 1, Math.max(startMs, Math.floor((firstHour + lo + within) * HOUR)));
  };
}
