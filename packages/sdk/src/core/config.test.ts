import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config.ts';
import { SdkError } from './sdk-error.ts';

describe('resolveConfig', () => {
  it('applies defaults and keeps a path prefix of the endpoint', () => {
    expect(resolveConfig({ site: 'demo', endpoint: 'https://ux.example.go.kr/collect/' })).toEqual({
      site: 'demo',
      endpoint: 'https://ux.example.go.kr/collect',
      replay: 0,
      spa: 'auto',
      respectDnt: false,
      flushMs: 5000,
      replayUrl: 'https://ux.example.go.kr/collect/sdk-replay.js',
      extUrl: 'https://ux.example.go.kr/collect/sdk-ext.js',
      data: {},
    });
  });
  it.each([
    [{ site: '', endpoint: 'https://a.kr' }, 'missing_site'],
    [{ site: 'x', endpoint: 'ftp://a.kr' }, 'bad_endpoint'],
    [{ site: 'x', endpoint: '' }, 'bad_endpoint'],
    [{ site: 'x', endpoint: 'https://a.kr', replay: 2 }, 'bad_option'],
    [{ site: 'x', endpoint: 'https://a.kr', spa: 'nope' as 'off' }, 'bad_option'],
  ])('throws SdkError %# with its code', (options, code) => {
    expect(() => resolveConfig(options)).toThrow(SdkError);
    try {
      resolveConfig(options);
    } catch (error) {
      expect((error as SdkError).code).toBe(code);
    }
  });
});
