import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('applies every default from an empty environment', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/minwon-config-test' });
    expect(config.port).toBe(8787);
    expect(config.logLevel).toBe('info');
    expect(config.auth.cookieSecure).toBe(false);
    expect(config.ingest).toMatchObject({
      trustProxy: false,
      spoolBatchRows: 20_000,
      spoolBatchMs: 1000,
      siteRps: 500,
    });
    expect(config.insights.archiveMaxAgeMs).toBe(120_000);
  });

  it('reads booleans, numbers and the log level', () => {
    const config = loadConfig({ TRUST_PROXY: 'true', COOKIE_SECURE: '1', RATE_CLIENT_RPS: '2.5', LOG_LEVEL: 'warn' });
    expect(config.ingest.trustProxy).toBe(true);
    expect(config.auth.cookieSecure).toBe(true);
    expect(config.ingest.clientRps).toBe(2.5);
    expect(config.logLevel).toBe('warn');
  });

  it.each([
    ['TRUST_PROXY', 'ture'],
    ['COOKIE_SECURE', 'yes please'],
    ['SPOOL_BATCH_ROWS', '0'],
    ['SPOOL_BATCH_MS', '5'],
    ['INGEST_MAX_INFLIGHT', '0'],
    ['RATE_SITE_RPS', '-1'],
    ['PORT', '99999'],
    ['MINWON_SESSION_HOURS', 'twelve'],
    ['MINWON_INSIGHTS_MAX_AGE_SECONDS', '1.5'],
    ['LOG_LEVEL', 'verbose'],
  ])('refuses %s=%s at start with a ConfigError naming it (no silent default or clamp)', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name} `));
  });
});
