import { DEVICES } from '@minwon-ux/schema';
import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './client-context.ts';

describe('describeUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      'mobile',
    ],
    [
      'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      'tablet',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      'desktop',
    ],
    ['', 'other'],
  ])('classes %s as %s, one of the vocabulary’s devices or other', (userAgent, device) => {
    const described = describeUserAgent(userAgent);
    expect(described.device).toBe(device);
    expect([...DEVICES, 'other']).toContain(described.device);
  });
});
