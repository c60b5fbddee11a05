import { join } from 'node:path';
import { ensureBootstrapAdmin } from './auth/bootstrap-admin.ts';
import type { AuthConfig, CollectorConfig, InsightsConfig, SharingConfig, SqlConfig } from './config.ts';
import { heatmapSecret } from './heatmap/heatmap-secret.ts';
import { createHeatmapTokens, type HeatmapTokens } from './heatmap/heatmap-token.ts';
import type { EventSink } from './ingest/event-sink.ts';
import type { IngestControls } from './ingest/ingest-controls.ts';
import { type Ingest, openIngest } from './ingest/open-ingest.ts';
import { VisitorHasher } from './ingest/visitor-hasher.ts';
import type { Logger } from './logger.ts';
import type { DigestConfig } from './scorecard/digest/digest-config.ts';
import { scheduleDigests } from './scorecard/digest/send-digest.ts';
import type { SiteInput } from './sites/site.ts';
import { SiteRegistry } from './sites/site-registry.ts';
import { upsertSites } from './sites/site-store.ts';
import { createStore, type Store } from './store/create-store.ts';
import { runMigrations } from './store/migrate.ts';
import { StoreSalts } from './store/visitor-salts.ts';

export interface Runtime {
  store: Store;
  sites: SiteRegistry;
  sink: EventSink;
  /** The spool, its writer and the ingest controls (metrics, rate limits). */
  ingest: Ingest;
  controls: IngestControls;
  /**
   * Visitor ids: today's salt kept in `DATA_DIR/visitor-salt` across restarts; in server mode shared
   * by every collector through the store's `visitor_salts`.
   */
  visitors: VisitorHasher;
  migrated: () => boolean;
  authConfig: AuthConfig;
  sqlConfig: SqlConfig;
  insightsConfig: InsightsConfig;
  sharingConfig: SharingConfig;
  /** Signs and checks the heatmap overlay links (issue 18). */
  heatmapTokens: HeatmapTokens;
  /** The monthly scorecard digest (issue 16); sent on a schedule when `SMTP_URL` is set. */
  digestConfig: DigestConfig;
  /** The analyst SQL endpoint's own connection (a second chdb connection on the embedded store). */
  analystStore: Store;
  /** Flushes everything acknowledged into the store, then closes it. */
  shutdown(): Promise<void>;
}

/**
 * Opens the store, applies migrations, registers `MINWON_SITES` and creates the event sink.
 *
 * @example
 * const runtime = await bootCollector(loadConfig(), logger);
 */
export async function bootCollector(
  config: CollectorConfig,
  logger: Logger,
  announce: (text: string) => void = (text) => process.stdout.write(text),
): Promise<Runtime> {
  const store = createStore(config.clickhouse);
  const applied = await runMigrations(store);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  if (Array.isArray(config.seedSites) && config.seedSites.length > 0) {
    const sites = await upsertSites(store, config.seedSites as SiteInput[]);
    logger.info({ sites: sites.map((s) => s.key) }, 'sites registered from MINWON_SITES');
  }
  const { created } = await ensureBootstrapAdmin(store, config.auth, announce);
  if (created) logger.info({ email: config.auth.adminEmail }, 'admin account created');
  const analystStore = config.clickhouse.mode === 'embedded' ? createStore(config.clickhouse) : store;
  const sites = await SiteRegistry.load(store);
  const salts =
    config.clickhouse.mode === 'server'
      ? await StoreSalts.open(store, { onError: (err) => logger.warn({ err }, 'visitor salts not refreshed') })
      : undefined;
  const ingest = await openIngest({ config: config.ingest, store, sites, logger });
  const { sink, controls } = ingest;
  const stopDigests = scheduleDigests({ store, sites, config: config.digest, logger });
  return {
    store,
    sites,
    sink,
    ingest,
    controls,
    visitors: new VisitorHasher({ saltFile: join(config.dataDir, 'visitor-salt'), ...(salts ? { salts } : {}) }),
    migrated: () => true,
    authConfig: config.auth,
    sqlConfig: config.sql,
    insightsConfig: config.insights,
    sharingConfig: config.sharing,
    digestConfig: config.digest,
    heatmapTokens: createHeatmapTokens(heatmapSecret(config.heatmapSecret, join(config.dataDir, 'heatmap-secret'))),
    analystStore,
    async shutdown() {
      stopDigests();
      salts?.close();
      await ingest.close();
      if (analystStore !== store) await analystStore.close();
      await store.close();
    },
  };
}
