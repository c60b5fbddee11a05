import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { bootCollector } from './boot.ts';
import { loadConfig } from './config.ts';
import { createClientIp } from './ingest/client-ip.ts';
import { createLogger } from './logger.ts';

/** Node entry: `pnpm start:collector`. SIGTERM stops accepting, flushes, exits 0. */
const config = loadConfig();
const logger = createLogger(config.logLevel);
const runtime = await bootCollector(config, logger);
const app = createApp({
  ...runtime,
  logger,
  clientIp: createClientIp({ trustProxy: config.ingest.trustProxy }),
});
const server = serve({ fetch: app.fetch, port: config.port, hostname: process.env.HOST ?? '0.0.0.0' }, (info) => {
  logger.info({ port: info.port, store: runtime.store.mode }, `minwon-ux collector on http://localhost:${info.port}/`);
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping: no new requests, flushing');
  server.close();
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
