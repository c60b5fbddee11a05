import type { Logger } from 'pino';
import type { SiteRegistry } from '../sites/site-registry.ts';
import { type InsertRows, Spool, SpoolWriter } from '../spool/index.ts';
import { createStoreInsert } from '../spool/insert-rows.ts';
import type { Store } from '../store/create-store.ts';
import type { EventSink } from './event-sink.ts';
import type { IngestConfig } from './ingest-config.ts';
import { createIngestControls, type IngestControls } from './ingest-controls.ts';
import { rememberRecentIds } from './remember-recent-ids.ts';
import { createSpooledSink } from './spooled-sink.ts';

/** The running ingest pipeline: the sink the routes use, its controls, and how to stop it. */
export interface Ingest {
  sink: EventSink;
  controls: IngestControls;
  spool: Spool;
  writer: SpoolWriter;
  /** Deletes a site and its data, including its rows still on the spool. */
  deleteSite(key: string): Promise<boolean>;
  /** Stops the registry refresh, flushes the spool into the store (SIGTERM). True when it is empty. */
  close(): Promise<boolean>;
}

export interface OpenIngestOptions {
  config: IngestConfig;
  store: Store;
  sites: SiteRegistry;
  logger: Logger;
  /** Replaces the store insert (tests inject failures); the store itself stays real. */
  insert?: InsertRows;
  /** Site registry refresh period (default 10 s). */
  refreshMs?: number;
}

/**
 * Opens the spool under `DATA_DIR/spool` (replaying segments left by a previous run), starts the
 * writer and the site registry refresh, and returns the spooled sink.
 *
 * @example
 * const ingest = await openIngest({ config: config.ingest, store, sites, logger });
 * await ingest.close(); // on shutdown
 */
export async function openIngest({
  config,
  store,
  sites,
  logger,
  insert,
  refreshMs = 10_000,
}: OpenIngestOptions): Promise<Ingest> {
  const spool = await Spool.open({
    dir: config.spoolDir,
    maxBytes: config.spoolMaxBytes,
    batchRows: config.spoolBatchRows,
    batchMs: config.spoolBatchMs,
  });
  if (spool.sealed().length > 0) {
    logger.info(
      { segments: spool.sealed().length, bytes: spool.bytes },
      'replaying spool segments from a previous run',
    );
  }
  const controls = createIngestControls(config);
  controls.metrics.watchSpool(spool);
  const remembered = await rememberRecentIds(controls.recentIds, { store, spool }).catch((err: Error) => {
    logger.warn({ err: { name: err.name, message: err.message } }, 'recent event ids not remembered');
    return 0;
  });
  if (remembered > 0)
    logger.info({ ids: remembered }, 'recently acknowledged event ids remembered for duplicate checks');
  const writer = new SpoolWriter({
    spool,
    insert: insert ?? createStoreInsert(store),
    logger,
    observer: controls.metrics.observer,
    outageMs: config.storeOutageMs,
  });
  writer.start();
  const stopRefresh = sites.startRefresh(refreshMs, (err) =>
    logger.warn({ err: { name: (err as Error).name, message: (err as Error).message } }, 'site refresh failed'),
  );
  const sink = createSpooledSink({ spool, writer });
  return {
    sink,
    controls,
    spool,
    writer,
    deleteSite: (key) => sites.delete(key, () => writer.settle()),
    async close() {
      stopRefresh();
      const empty = await writer.flush();
      if (!empty)
        logger.error({ segments: spool.sealed().length }, 'spool not empty at shutdown: replayed at next start');
      return empty;
    },
  };
}
