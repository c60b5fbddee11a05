import { ApiError } from '../http/api-error.ts';
import { writeAudit } from './audit-log.ts';
import type { AuthDeps } from './auth-context.ts';
import { getLoginState, saveLoginState } from './login-state-store.ts';
import { decoyHash, verifyPassword } from './password-hash.ts';
import { createSession, type Session } from './session-store.ts';
import { findUserByEmail, normalizeEmail, type User } from './user-store.ts';

function retryAfter(ms: number): Record<string, string> {
  return { 'Retry-After': String(Math.max(1, Math.ceil(ms / 1000))) };
}

/**
 * Checks credentials with per-IP and per-account rate limits and lock-out, audits the attempt and
 * opens a session. Throws `ApiError` 401 `invalid_credentials`, 429 `too_many_attempts` or 423
 * `account_locked` (both with `Retry-After`).
 *
 * @example
 * const { user, token, session } = await logIn(auth, { email, password, ip });
 */
export async function logIn(
  auth: AuthDeps,
  { email, password, ip }: { email: string; password: string; ip: string },
): Promise<{ user: User; token: string; session: Session }> {
  const { store, config, ipLimiter, accountLimiter } = auth;
  const account = normalizeEmail(email);
  const ipKey = `ip:${ip}`;
  const accountKey = `account:${account}`;
  const wait = Math.max(ipLimiter.retryAfterMs(ipKey), accountLimiter.retryAfterMs(accountKey));
  if (wait > 0) {
    await writeAudit(store, { email: account, action: 'login', outcome: 'denied', detail: { reason: 'rate_limited' } });
    throw new ApiError(429, 'too_many_attempts', 'Too many login attempts. Try again later.', {
      headers: retryAfter(wait),
    });
  }
  const user = await findUserByEmail(store, account);
  const state = user ? await getLoginState(store, user.id) : { failedAttempts: 0, lockedUntil: 0 };
  const audit = { userId: user?.id ?? '', email: account, agencyId: user?.agencyId ?? '', action: 'login' };
  const now = auth.now();
  if (state.lockedUntil > now) {
    await writeAudit(store, { ...audit, outcome: 'denied', detail: { reason: 'locked' } });
    throw new ApiError(423, 'account_locked', 'This account is locked for a while.', {
      headers: retryAfter(state.lockedUntil - now),
    });
  }
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !ok) {
    ipLimiter.hit(ipKey);
    accountLimiter.hit(accountKey);
    if (user) {
      const failedAttempts = state.failedAttempts + 1;
      const lockedUntil = failedAttempts >= config.maxFailures ? now + config.lockMs : 0;
      await saveLoginState(store, user.id, { failedAttempts: lockedUntil ? 0 : failedAttempts, lockedUntil });
      if (lockedUntil) {
        await writeAudit(store, { ...audit, outcome: 'failed', detail: { reason: 'locked_now', failedAttempts } });
        throw new ApiError(423, 'account_locked', 'This account is locked for a while.', {
          headers: retryAfter(config.lockMs),
        });
      }
    }
    await writeAudit(store, { ...audit, outcome: 'failed', detail: { reason: 'invalid_credentials' } });
    throw new ApiError(401, 'invalid_credentials', 'Wrong email or password.');
  }
  accountLimiter.reset(accountKey);
  if (state.failedAttempts > 0 || state.lockedUntil > 0) {
    await saveLoginState(store, user.id, { failedAttempts: 0, lockedUntil: 0 });
  }
  const { token, session } = await createSession(store, user.id, config.sessionTtlMs, now);
  await writeAudit(store, { ...audit, outcome: 'ok' });
  return { user, token, session };
}
