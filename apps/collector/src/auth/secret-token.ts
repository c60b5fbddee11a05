import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A random URL-safe secret of `bytes` bytes (session cookies, CSRF tokens, API token secrets).
 *
 * @example
 * const token = randomToken(); // 43 characters of base64url
 */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 (hex) of a high-entropy secret: what is stored instead of the secret. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A random id with a prefix: `u_3f9a…` (users), `tok_…` (API tokens). */
export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}
