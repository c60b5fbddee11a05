import { z } from 'zod';
import { ApiError } from '../http/api-error.ts';

/** New passwords: 10 to 256 characters. */
export const newPasswordSchema = z.string().min(10).max(256);

/**
 * Throws 400 `weak_password` unless `password` satisfies the policy.
 *
 * @example
 * assertPasswordPolicy(body.next);
 */
export function assertPasswordPolicy(password: unknown): string {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) throw new ApiError(400, 'weak_password', 'Passwords need 10 to 256 characters.');
  return parsed.data;
}
