export { type AppDeps, createApp } from './app.ts';
export { bootCollector, type Runtime } from './boot.ts';
export { type CollectorConfig, loadConfig } from './config.ts';
export type { EventRow } from './ingest/event-row.ts';
export { insertEvents } from './ingest/insert-events.ts';
export { toEventRow, toEventRows } from './ingest/to-row.ts';
export { createLogger } from './logger.ts';
export { createStore, type Store } from './store/create-store.ts';
export { runMigrations } from './store/migrate.ts';
