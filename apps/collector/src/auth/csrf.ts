import type { Context } from 'hono';
import { ApiError } from '../http/api-error.ts';
import { safeEqual } from './secret-token.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request may change state (and so needs the CSRF checks). */
export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

function refuse(message: string): never {
  throw new ApiError(403, 'csrf_failed', message);
}

/**
 * Refuses cross-site requests by their browser headers: `Sec-Fetch-Site` other than same-origin/none,
 * or an `Origin` whose host is not this request's host. Absent headers (non-browser clients) pass.
 *
 * @example
 * if (isStateChanging(c.req.method)) assertSameOrigin(c);
 */
export function assertSameOrigin(c: Context): void {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') refuse('Cross-site requests are refused.');
  const origin = c.req.header('origin');
  if (origin) {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      refuse('Cross-site requests are refused.');
    }
    const expected = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host;
    if (host !== expected) refuse('Cross-site requests are refused.');
  }
}

/**
 * Requires header `X-CSRF-Token` to equal the session's token (synchroniser token pattern).
 *
 * @example
 * assertCsrfToken(c, session.csrfToken);
 */
export function assertCsrfToken(c: Context, expected: string): void {
  const sent = c.req.header('x-csrf-token');
  if (!sent || !safeEqual(sent, expected)) refuse('Send the X-CSRF-Token header of your session.');
}
