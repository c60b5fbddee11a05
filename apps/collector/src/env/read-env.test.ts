import { describe, expect, it } from 'vitest';
import { ConfigError, readBoolean, readEnum, readNumber } from './read-env.ts';

function errorOf(read: () => unknown): ConfigError {
  try {
    read();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readNumber', () => {
  it('gives the fallback when unset or empty, else the value', () => {
    expect(readNumber({}, 'X', 7)).toBe(7);
    expect(readNumber({ X: '' }, 'X', 7)).toBe(7);
    expect(readNumber({ X: ' 12 ' }, 'X', 7)).toBe(12);
    expect(readNumber({ X: '0.5' }, 'X', 7, { integer: false, max: 1 })).toBe(0.5);
  });

  it.each([
    ['not a number', 'abc'],
    ['a fraction where a whole number is wanted', '1.5'],
    ['below the minimum (no silent clamp)', '0'],
    ['above the maximum', '70000'],
    ['infinite', 'Infinity'],
  ])('throws naming the variable for %s', (_, raw) => {
    const error = errorOf(() => readNumber({ PORT: raw }, 'PORT', 8787, { min: 1, max: 65535 }));
    expect(error.message).toContain('PORT');
    expect(error.message).toContain(raw);
    expect(error.code).toBe('invalid_config');
  });
});

describe('readBoolean', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['YES', true],
    ['on', true],
    ['0', false],
    ['false', false],
    ['No', false],
    ['off', false],
  ])('reads %s as %s', (raw, expected) => {
    expect(readBoolean({ TRUST_PROXY: raw }, 'TRUST_PROXY', !expected)).toBe(expected);
  });

  it('gives the fallback when unset or empty', () => {
    expect(readBoolean({}, 'TRUST_PROXY', true)).toBe(true);
    expect(readBoolean({ TRUST_PROXY: '' }, 'TRUST_PROXY', false)).toBe(false);
  });

  it('throws naming the variable for a typo instead of meaning false', () => {
    expect(errorOf(() => readBoolean({ MINWON_X: 'ture' }, 'MINWON_X', false)).message).toMatch(/^MINWON_X .*"ture"/);
  });
});

describe('readEnum', () => {
  const levels = ['error', 'warn', 'info'] as const;

  it('gives the fallback when unset, else one of the values', () => {
    expect(readEnum({}, 'LOG_LEVEL', levels, 'info')).toBe('info');
    expect(readEnum({ LOG_LEVEL: 'warn' }, 'LOG_LEVEL', levels, 'info')).toBe('warn');
  });

  it('throws listing the values', () => {
    expect(errorOf(() => readEnum({ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', levels, 'info')).message).toBe(
      'LOG_LEVEL must be one of error, warn, info (got "verbose")',
    );
  });
});
