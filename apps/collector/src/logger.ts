import { type Logger, pino } from 'pino';

/**
 * The collector's structured logger. Never log request bodies, IPs or user agents: they are personal data.
 *
 * @example
 * const logger = createLogger('info');
 * logger.info({ sites: 2 }, 'sites registered');
 */
export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { service: 'minwon-ux-collector' }, redact: ['req.headers', 'ip', 'userAgent'] });
}

export type { Logger };
