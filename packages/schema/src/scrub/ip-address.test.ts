import { describe, expect, it } from 'vitest';
import { scrubText } from './scrub-text.ts';

describe('IP addresses', () => {
  it.each([
    ['접속 IP 203.0.113.9 차단', '접속 IP [IP] 차단'],
    ['from 10.0.0.1,', 'from [IP],'],
    ['IPv6 2001:db8::8a2e:370:7334 거부', 'IPv6 [IP] 거부'],
    ['full 2001:0db8:0000:0000:0000:ff00:0042:8329', 'full [IP]'],
  ])('removes %s', (input, expected) => {
    expect(scrubText(input)).toBe(expected);
  });

  it.each(['14:30 접수', '제1.2.3.4.5조', '2024.01.15', '버전 3.2', '300.1.1.1'])('keeps %s', (input) => {
    expect(scrubText(input)).toBe(input);
  });
});
