import type { Context } from 'hono';

/** Who runs an analyst query: resolved by the `SqlAccess` the app wires in (implemented in `auth/`). */
export interface SqlCaller {
  userId: string;
  email: string;
  agencyId: string;
  /** Site keys whose rows this caller may read. */
  siteKeys: ReadonlySet<string>;
  /** How the caller authenticated: `token:<id>` or `session`. */
  via: string;
}

/** One audited analyst query. */
export interface SqlAuditEntry {
  outcome: 'ok' | 'denied';
  query: string;
  detail: Record<string, unknown>;
}

/**
 * The narrow interface `sql/` needs from authentication: who is asking, and where to write the audit
 * trail. `sql/` never imports `auth/`; `app.ts` passes `createSqlAccess(auth)` from `auth/sql-access.ts`.
 * `authenticate` throws the collector's `ApiError` (401 wrong or missing credentials, 403 role, 429
 * too many failures with `Retry-After`); the SQL routes answer it in ClickHouse's error format.
 *
 * @example
 * const caller = await access.authenticate(c, { allowSession: false });
 * await access.audit(caller, { outcome: 'ok', query: sql, detail: { ms: 12 } });
 */
export interface SqlAccess {
  authenticate(c: Context, options: { allowSession: boolean }): Promise<SqlCaller>;
  audit(caller: SqlCaller, entry: SqlAuditEntry): Promise<void>;
}
