/**
 * Delay before retry number `attempt` (0-based): exponential with full jitter, capped.
 *
 * @example
 * backoffDelay(3, () => 0.5); // 4000 (half of 8 s)
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, base = 1000, cap = 60_000): number {
  return Math.round(random() * Math.min(cap, base * 2 ** Math.min(attempt, 16)));
}
