import type { CollectorConfig } from './config.ts';
import { createDirectSink, type EventSink } from './ingest/event-sink.ts';
import type { Logger } from './logger.ts';
import type { SiteInput } from './sites/site.ts';
import { SiteRegistry } from './sites/site-registry.ts';
import { upsertSites } from './sites/site-store.ts';
import { createStore, type Store } from './store/create-store.ts';
import { runMigrations } from './store/migrate.ts';

export interface Runtime {
  store: Store;
  sites: SiteRegistry;
  sink: EventSink;
  /** Flushes everything acknowledged into the store, then closes it. */
  shutdown(): Promise<void>;
}

/**
 * Opens the store, applies migrations, registers `MINWON_SITES` and creates the event sink.
 *
 * @example
 * const runtime = await bootCollector(loadConfig(), logger);
 */
export async function bootCollector(config: CollectorConfig, logger: Logger): Promise<Runtime> {
  const store = createStore(config.clickhouse);
  const applied = await runMigrations(store);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  if (Array.isArray(config.seedSites) && config.seedSites.length > 0) {
    const sites = await upsertSites(store, config.seedSites as SiteInput[]);
    logger.info({ sites: sites.map((s) => s.key) }, 'sites registered from MINWON_SITES');
  }
  const sites = await SiteRegistry.load(store);
  const sink = createDirectSink(store);
  return {
    store,
    sites,
    sink,
    async shutdown() {
      await sink.close();
      await store.close();
    },
  };
}
