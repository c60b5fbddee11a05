import { loadConfig } from '../config.ts';
import { createStore } from '../store/create-store.ts';
import { runMigrations } from '../store/migrate.ts';

/**
 * `minwon-ux migrate`: applies pending migrations to the store the environment names
 * (`CLICKHOUSE_URL`, `CLICKHOUSE_CLUSTER`, or the embedded store in `DATA_DIR` while no collector
 * holds it) without starting a collector. On a cluster, run it once per ClickHouse host, each time
 * with `CLICKHOUSE_URL` pointing at that host (docs/SCALING.md). Returns the names applied.
 *
 * @example
 * await migrateCommand(process.env); // ['0075_visitor_salts']
 */
export async function migrateCommand(env: Record<string, string | undefined>): Promise<string[]> {
  const store = createStore(loadConfig(env).clickhouse);
  try {
    return await runMigrations(store);
  } finally {
    await store.close();
  }
}
