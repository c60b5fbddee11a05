import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-buckets.ts';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('TokenBuckets.take (ingest: check and spend at once)', () => {
  it('allows a burst, then asks to wait whole seconds until a token is back', () => {
    const c = clock();
    const buckets = new TokenBuckets({ rate: 2, burst: 3, now: c.now });
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(1);
    expect(buckets.take('b')).toBe(0);
    c.advance(500);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(1);
  });

  it('never limits when the rate is 0', () => {
    const buckets = new TokenBuckets({ rate: 0, burst: 0 });
    for (let i = 0; i < 100; i++) expect(buckets.take('a')).toBe(0);
  });

  it('keeps at most maxKeys buckets, forgetting the least recently used', () => {
    const buckets = new TokenBuckets({ rate: 1, burst: 1, maxKeys: 2 });
    buckets.take('a');
    buckets.take('b');
    buckets.take('a');
    buckets.take('c');
    expect(buckets.size).toBe(2);
    expect(buckets.take('a')).toBe(1);
    expect(buckets.take('b')).toBe(0);
  });
});

describe('TokenBuckets.perWindow (logins: only failures spend)', () => {
  it('allows `limit` failures, then refuses until a token comes back within the window', () => {
    const c = clock();
    const limiter = TokenBuckets.perWindow({ limit: 3, windowMs: 60_000, now: c.now });
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterMs('ip:1')).toBe(0);
      limiter.hit('ip:1');
    }
    const wait = limiter.retryAfterMs('ip:1');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(20_000);
    expect(limiter.retryAfterMs('ip:2')).toBe(0);
    c.advance(wait);
    expect(limiter.retryAfterMs('ip:1')).toBe(0);
  });

  it('checking does not spend, and reset refills', () => {
    const limiter = TokenBuckets.perWindow({ limit: 1, windowMs: 60_000 });
    for (let i = 0; i < 5; i++) expect(limiter.retryAfterMs('acct')).toBe(0);
    limiter.hit('acct');
    expect(limiter.retryAfterMs('acct')).toBeGreaterThan(0);
    limiter.reset('acct');
    expect(limiter.retryAfterMs('acct')).toBe(0);
  });
});
