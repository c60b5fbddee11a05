import type { Store } from '../store/create-store.ts';

/** A table analysts may read and the column that scopes its rows to sites. */
export interface AnalystTable {
  /** `database.table` */
  name: string;
  siteColumn: 'site_id' | 'site_key';
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The tables analysts may read: every MergeTree-family table of the database with a `site_id`
 * column (events, replay chunks, rollups), plus `sites` (scoped by `site_key`). On a cluster also the
 * `Distributed` tables (`events` over `events_local`, …): both get a row filter, and the filters travel
 * with the query to every shard, where the local tables are read. Account tables
 * (users, sessions, tokens, audit log, agencies) have no site column and are never listed.
 *
 * @example
 * const tables = await listAnalystTables(store); // [{ name: 'minwon_ux.events', siteColumn: 'site_id' }, …]
 */
export async function listAnalystTables(store: Store): Promise<AnalystTable[]> {
  const result = await store.client.query({
    query: `SELECT t.name AS table, has(groupArray(c.name), 'site_id') AS scoped
            FROM system.tables AS t INNER JOIN system.columns AS c ON c.database = t.database AND c.table = t.name
            WHERE t.database = {db:String} AND (t.engine LIKE '%MergeTree' OR t.engine = 'Distributed') AND t.is_temporary = 0
            GROUP BY t.name ORDER BY t.name`,
    query_params: { db: store.database },
    format: 'JSONEachRow',
  });
  const rows = await result.json<{ table: string; scoped: number | boolean }>();
  const tables: AnalystTable[] = [];
  for (const { table, scoped } of rows) {
    if (!IDENTIFIER.test(table)) continue;
    if (Number(scoped) === 1 || scoped === true)
      tables.push({ name: `${store.database}.${table}`, siteColumn: 'site_id' });
    else if (table === 'sites') tables.push({ name: `${store.database}.sites`, siteColumn: 'site_key' });
  }
  return tables;
}
