import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { ApiError } from './api-error.ts';

/**
 * The collector's single error handler: a known error becomes its status and code; anything else is
 * logged and answered 500 without internals.
 */
export function createOnError(logger: Logger) {
  return function onError(err: Error, c: Context) {
    if (err instanceof ApiError) {
      for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
      return c.json({ error: { code: err.code, message: err.message } }, err.status);
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 413 ? 'body_too_large' : status === 401 ? 'unauthorized' : 'bad_request';
      return c.json({ error: { code, message: err.message || 'Request refused.' } }, status);
    }
    logger.error({ err: { name: err.name, message: err.message, stack: err.stack } }, 'unhandled error');
    return c.json({ error: { code: 'internal', message: 'Internal error.' } }, 500);
  };
}
