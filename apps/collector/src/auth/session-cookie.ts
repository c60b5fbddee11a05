import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The session cookie's name (HttpOnly, SameSite=Strict, Path=/). */
export const SESSION_COOKIE = 'mux_session';

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/**
 * Sets the session cookie; Secure when the request came over https or `COOKIE_SECURE=1`.
 *
 * @example
 * setSessionCookie(c, token, { maxAgeMs: 12 * 3600_000, forceSecure: false });
 */
export function setSessionCookie(
  c: Context,
  token: string,
  { maxAgeMs, forceSecure }: { maxAgeMs: number; forceSecure: boolean },
) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: forceSecure || isHttps(c),
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}
