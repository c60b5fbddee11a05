/** The environment the collector reads its settings from (process.env, or a plain object in tests). */
export type Env = Record<string, string | undefined>;

/** A setting that cannot be used: names the variable and what it must be. Thrown at start. */
export class ConfigError extends Error {
  readonly code = 'invalid_config';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** A variable's value, or undefined when it is unset or empty (an empty value means "the default"). */
function rawOf(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

export interface NumberRule {
  /** Smallest value allowed (inclusive); default 0. */
  min?: number;
  /** Largest value allowed (inclusive); default none. */
  max?: number;
  /** Whole numbers only; default true. */
  integer?: boolean;
}

/**
 * A number setting: the fallback when unset or empty, else the value, which must be a finite number
 * within `[min, max]` (whole unless `integer: false`). Never clamps: a bad value throws `ConfigError`.
 *
 * @example
 * readNumber({ SPOOL_BATCH_ROWS: '500' }, 'SPOOL_BATCH_ROWS', 20_000, { min: 1 }); // 500
 * readNumber({ SPOOL_BATCH_ROWS: '0' }, 'SPOOL_BATCH_ROWS', 20_000, { min: 1 }); // throws ConfigError
 */
export function readNumber(env: Env, name: string, fallback: number, rule: NumberRule = {}): number {
  const { min = 0, max = Number.POSITIVE_INFINITY, integer = true } = rule;
  const raw = rawOf(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  const kind = integer ? 'a whole number' : 'a number';
  const range = max === Number.POSITIVE_INFINITY ? `≥ ${min}` : `from ${min} to ${max}`;
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw new ConfigError(`${name} must be ${kind} ${range} (got "${raw}")`);
  }
  return value;
}

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

/**
 * A boolean setting: `1/true/yes/on` or `0/false/no/off` (any case); the fallback when unset or empty.
 * Anything else (a typo such as `ture`) throws `ConfigError` instead of silently meaning false.
 *
 * @example
 * readBoolean({ TRUST_PROXY: '1' }, 'TRUST_PROXY', false); // true
 * readBoolean({ TRUST_PROXY: 'ture' }, 'TRUST_PROXY', false); // throws ConfigError
 */
export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = rawOf(env, name);
  if (raw === undefined) return fallback;
  const lower = raw.toLowerCase();
  if (TRUE.has(lower)) return true;
  if (FALSE.has(lower)) return false;
  throw new ConfigError(`${name} must be 1/true/yes/on or 0/false/no/off (got "${raw}")`);
}

/**
 * A setting with a closed set of values; the fallback when unset or empty, else one of `values`
 * (exactly), else `ConfigError` listing them.
 *
 * @example
 * readEnum({ LOG_LEVEL: 'debug' }, 'LOG_LEVEL', ['error', 'warn', 'info', 'debug'], 'info'); // 'debug'
 */
export function readEnum<const T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = rawOf(env, name);
  if (raw === undefined) return fallback;
  if ((values as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name} must be one of ${values.join(', ')} (got "${raw}")`);
}
