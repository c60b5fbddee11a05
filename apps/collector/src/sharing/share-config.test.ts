import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';

describe('MINWON_SHARE_MIN_SESSIONS', () => {
  it('defaults to 10 and takes a whole number ≥ 1', () => {
    expect(loadConfig({}).sharing.minSessions).toBe(10);
    expect(loadConfig({ MINWON_SHARE_MIN_SESSIONS: '25' }).sharing.minSessions).toBe(25);
  });

  it.each(['0', '-3', '2.5', 'ten'])('refuses %s at start, naming the variable', (value) => {
    expect(() => loadConfig({ MINWON_SHARE_MIN_SESSIONS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ MINWON_SHARE_MIN_SESSIONS: value })).toThrow(/^MINWON_SHARE_MIN_SESSIONS /);
  });
});
