import type { Context } from 'hono';
import type { AuthConfig, SqlConfig } from '../config.ts';
import { TokenBuckets } from '../http/token-buckets.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import type { Store } from '../store/create-store.ts';
import type { Session } from './session-store.ts';
import type { User } from './user-store.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The logged-in user (set with `scope` by the session middleware). */
    authUser: User;
    /** The dashboard session, absent for API-token requests. */
    session: Session | undefined;
  }
}

/** What every auth route and middleware needs: the store, the sites, the limits and the limiters. */
export interface AuthDeps {
  store: Store;
  sites: SiteRegistry;
  config: AuthConfig;
  sql: SqlConfig;
  clientIp: (c: Context) => string;
  /** Failed logins per IP and per account (`TokenBuckets.perWindow`: `limit` per attempt window). */
  ipLimiter: TokenBuckets;
  accountLimiter: TokenBuckets;
  now: () => number;
}

/**
 * Builds the auth dependencies, with login limiters per IP and per account.
 *
 * @example
 * const auth = createAuthDeps({ store, sites, config: config.auth, sql: config.sql, clientIp });
 */
export function createAuthDeps({
  now = Date.now,
  ...deps
}: Omit<AuthDeps, 'ipLimiter' | 'accountLimiter' | 'now'> & { now?: () => number }): AuthDeps {
  const windowMs = deps.config.attemptWindowMs;
  return {
    ...deps,
    now,
    ipLimiter: TokenBuckets.perWindow({ limit: deps.config.ipLimit, windowMs, now }),
    accountLimiter: TokenBuckets.perWindow({ limit: deps.config.accountLimit, windowMs, now }),
  };
}
