import { serve } from '@hono/node-server';
import { createCollectorApps } from './app.ts';
import { bootCollector } from './boot.ts';
import { loadConfig } from './config.ts';
import { createClientIp } from './ingest/client-ip.ts';
import { createLogger } from './logger.ts';

/** Node entry: `pnpm start:collector`. SIGTERM stops accepting, flushes, exits 0. */
const config = loadConfig();
const logger = createLogger(config.logLevel);
const runtime = await bootCollector(config, logger);
const { app, sqlPort } = createCollectorApps({
  ...runtime,
  logger,
  clientIp: createClientIp({ trustProxy: config.ingest.trustProxy }),
});
const hostname = process.env.HOST ?? '0.0.0.0';
const server = serve({ fetch: app.fetch, port: config.port, hostname }, (info) => {
  logger.info({ port: info.port, store: runtime.store.mode }, `minwon-ux collector on http://localhost:${info.port}/`);
});
// Analysts' ClickHouse clients and BI tools: the same SQL gate as /clickhouse, at / of its own port.
const sqlServer =
  config.sql.port === 0
    ? undefined
    : serve({ fetch: sqlPort.fetch, port: config.sql.port, hostname }, (info) => {
        logger.info({ port: info.port }, `analyst SQL (ClickHouse HTTP interface) on http://localhost:${info.port}/`);
      });
// A taken SQL port must not take the collector down with it (ingest keeps its promise): say so loudly.
sqlServer?.on('error', (err) => {
  logger.error({ err, port: config.sql.port }, 'the SQL port cannot listen; set MINWON_SQL_PORT (0 turns it off)');
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping: no new requests, flushing');
  server.close();
  sqlServer?.close();
  try {
    await runtime.shutdown();
    logger.info('flushed and closed');
    process.exit(0);
  } catch (err) {
    logger.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
