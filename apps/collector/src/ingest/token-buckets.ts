/**
 * Token buckets per key in a bounded map: at most `maxKeys` buckets; the least recently used goes
 * first when full (a forgotten key starts with a full bucket again, which errs on the side of the client).
 *
 * @example
 * const buckets = new TokenBuckets({ rate: 20, burst: 60 });
 * const wait = buckets.take(ipHash); // 0 when allowed, else seconds until a token is back
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
  }: { rate: number; burst: number; maxKeys?: number; now?: () => number }) {
    this.rate = rate;
    this.burst = burst;
    this.maxKeys = maxKeys;
    this.now = now;
  }

  /** Takes one token. Returns 0 when allowed, else the seconds to wait (for `Retry-After`). */
  take(key: string): number {
    if (this.rate <= 0) return 0;
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
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.rate));
  }

  get size(): number {
    return this.buckets.size;
  }
}
