/**
 * Token buckets per key in a bounded map — the collector's one rate limiter (ingest requests per site
 * and per client; failed logins per IP and per account). Each key holds up to `burst` tokens and gets
 * `rate` back per second. At most `maxKeys` buckets; the least recently used goes first when full (a
 * forgotten key starts with a full bucket again, which errs on the side of the client).
 *
 * Two ways to use it: `take(key)` checks and spends one token at once (ingest); `retryAfterMs(key)`
 * checks without spending, `hit(key)` spends one after the fact and `reset(key)` refills (logins:
 * only failures spend, a success refills the account's bucket).
 *
 * @example
 * const clients = new TokenBuckets({ rate: 20, burst: 60 });
 * const wait = clients.take(ipHash); // 0 when allowed, else seconds until a token is back
 * const logins = TokenBuckets.perWindow({ limit: 10, windowMs: 15 * 60_000 });
 * if (logins.retryAfterMs('ip:1.2.3.4') > 0) throw tooManyAttempts();
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly rate: number;
  private readonly burst: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor({
    rate,
    burst,
    maxKeys = 50_000,
    now = Date.now,
  }: {
    /** Tokens back per second; 0 (or less) disables the limit. */
    rate: number;
    burst: number;
    maxKeys?: number;
    now?: () => number;
  }) {
    this.rate = rate;
    this.burst = burst;
    this.maxKeys = maxKeys;
    this.now = now;
  }

  /**
   * `limit` tokens per key, refilled over `windowMs`: at most `limit` spends in a burst, and `limit`
   * per window over time.
   */
  static perWindow({
    limit,
    windowMs,
    maxKeys,
    now,
  }: {
    limit: number;
    windowMs: number;
    maxKeys?: number;
    now?: () => number;
  }): TokenBuckets {
    return new TokenBuckets({ rate: (limit * 1000) / windowMs, burst: limit, ...(maxKeys ? { maxKeys } : {}), now });
  }

  /** The key's bucket refilled to now (and marked most recently used). */
  private refill(key: string): { tokens: number; at: number } {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket) {
      this.buckets.delete(key);
      bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
      bucket.at = now;
    } else {
      bucket = { tokens: this.burst, at: now };
      if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(key, bucket);
    return bucket;
  }

  /** Milliseconds until the key has a whole token (0 when it has one now); spends nothing. */
  private waitMs(bucket: { tokens: number }): number {
    return bucket.tokens >= 1 ? 0 : Math.max(1, Math.ceil(((1 - bucket.tokens) / this.rate) * 1000));
  }

  /** Takes one token. Returns 0 when allowed, else the whole seconds to wait (for `Retry-After`). */
  take(key: string): number {
    if (this.rate <= 0) return 0;
    const bucket = this.refill(key);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(this.waitMs(bucket) / 1000));
  }

  /** Milliseconds until `key` may try again; 0 when it has a token. Spends nothing. */
  retryAfterMs(key: string): number {
    if (this.rate <= 0) return 0;
    return this.waitMs(this.refill(key));
  }

  /** Spends one of `key`'s tokens (none below zero). */
  hit(key: string): void {
    if (this.rate <= 0) return;
    const bucket = this.refill(key);
    bucket.tokens = Math.max(0, bucket.tokens - 1);
  }

  /** Refills `key` (forgets its bucket). */
  reset(key: string): void {
    this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}
