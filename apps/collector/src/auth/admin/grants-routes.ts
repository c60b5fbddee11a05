import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../../http/api-error.ts';
import type { Store } from '../../store/create-store.ts';
import { listAgencies } from '../agency-store.ts';
import { writeAudit } from '../audit-log.ts';
import type { AuthDeps } from '../auth-context.ts';
import { type GrantsInput, generateGrants } from '../clickhouse-grants.ts';
import { SYSTEM_AGENCY } from '../scope.ts';
import { listUsers } from '../user-store.ts';
import { actor, managedAgency } from './admin-scope.ts';

const querySchema = z.object({ collectorUser: z.string().min(1).max(128).default('default') });

/** Lists the tables analysts may read and their site column (`sql/analyst-tables.ts`, wired by `app.ts`). */
export type ListAnalystTables = (store: Store) => Promise<GrantsInput['tables']>;

/**
 * `GET /api/admin/clickhouse-grants?collectorUser=default` (system admins): SQL creating ClickHouse
 * roles, row policies and analyst users per agency for server mode, and the generated passwords.
 *
 * @example
 * admin.route('/clickhouse-grants', createGrantsRoutes(auth, listAnalystTables));
 */
export function createGrantsRoutes({ store, sites, sql }: AuthDeps, listAnalystTables: ListAnalystTables) {
  const app = new Hono();
  app.get('/', async (c) => {
    if (managedAgency(c) !== undefined) throw new ApiError(403, 'forbidden', 'Only system admins generate grants.');
    const { collectorUser } = querySchema.parse(c.req.query());
    const agencies = (await listAgencies(store)).filter((a) => a.id !== SYSTEM_AGENCY);
    const analysts = (await listUsers(store)).filter((u) => u.role === 'analyst' && u.agencyId !== SYSTEM_AGENCY);
    const output = generateGrants({
      database: store.database,
      tables: await listAnalystTables(store),
      agencies,
      sites: sites.list(),
      analysts,
      collectorUser,
      limits: sql,
    });
    await writeAudit(store, {
      ...actor(c),
      action: 'grants_generate',
      detail: { agencies: agencies.length, analysts: analysts.length },
    });
    return c.json(output);
  });
  return app;
}
