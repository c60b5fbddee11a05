import type { Store } from '../store/create-store.ts';
import { toChDateTime } from './ch-time.ts';

/** One audit entry: who did what to which target, with what outcome. `detail` must hold no secrets. */
export interface AuditEntry {
  userId?: string;
  email?: string;
  agencyId?: string;
  action: string;
  target?: string;
  outcome?: 'ok' | 'denied' | 'failed';
  detail?: Record<string, unknown>;
}

export interface AuditRecord extends Required<Omit<AuditEntry, 'detail'>> {
  ts: string;
  detail: string;
}

const SECRET_KEYS = /pass|secret|token|cookie|hash|key/i;

/** Drops secret-looking keys from a detail object and caps its size. */
export function scrubDetail(detail: Record<string, unknown> = {}): string {
  const json = JSON.stringify(detail, (k, v) => (k !== '' && SECRET_KEYS.test(k) ? undefined : v));
  return json.length > 4000 ? `${json.slice(0, 4000)}…` : json;
}

/**
 * Appends an entry to `audit_log` (kept 400 days).
 *
 * @example
 * await writeAudit(store, { userId: user.id, email: user.email, action: 'login', outcome: 'ok' });
 */
export async function writeAudit(store: Store, entry: AuditEntry, now = Date.now()): Promise<void> {
  await store.client.insert({
    table: `${store.database}.audit_log`,
    format: 'JSONEachRow',
    values: [
      {
        ts: toChDateTime(now),
        user_id: entry.userId ?? '',
        email: entry.email ?? '',
        agency_id: entry.agencyId ?? '',
        action: entry.action,
        target: entry.target ?? '',
        outcome: entry.outcome ?? 'ok',
        detail: scrubDetail(entry.detail),
      },
    ],
  });
}

/** The newest audit entries, of one agency or (no agency) all, optionally of one action. */
export async function listAudit(
  store: Store,
  { agencyId, action, limit = 200 }: { agencyId?: string; action?: string; limit?: number } = {},
): Promise<AuditRecord[]> {
  const result = await store.client.query({
    query: `SELECT toString(ts) AS ts, user_id AS userId, email, agency_id AS agencyId, action, target, outcome, detail
            FROM ${store.database}.audit_log
            WHERE ({any_agency:UInt8} = 1 OR agency_id = {agency:String})
              AND ({action:String} = '' OR action = {action:String})
            ORDER BY ts DESC LIMIT {limit:UInt32}`,
    query_params: { any_agency: agencyId === undefined ? 1 : 0, agency: agencyId ?? '', action: action ?? '', limit },
    format: 'JSONEachRow',
  });
  return result.json<AuditRecord>();
}
