/**
 * Counts events per key in a sliding window, in memory (login failures per IP and per account).
 * Bounded: beyond `maxKeys` the oldest keys are forgotten.
 *
 * @example
 * const limiter = new RateLimiter({ limit: 10, windowMs: 15 * 60_000 });
 * if (limiter.retryAfterMs('ip:1.2.3.4') > 0) throw tooManyAttempts();
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor({
    limit,
    windowMs,
    maxKeys = 50_000,
    now = Date.now,
  }: { limit: number; windowMs: number; maxKeys?: number; now?: () => number }) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.maxKeys = maxKeys;
    this.now = now;
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept;
  }

  /** Milliseconds until `key` may try again; 0 when under the limit. */
  retryAfterMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    return Math.max(1, (recent[recent.length - this.limit] ?? 0) + this.windowMs - this.now());
  }

  hit(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) {
      const oldest = this.hits.keys().next().value;
      if (oldest !== undefined) this.hits.delete(oldest);
    }
  }

  reset(key: string): void {
    this.hits.delete(key);
  }
}
